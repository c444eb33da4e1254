package org.goodenough.planner;

import org.goodenough.store.SettingRepository;

/** Choices and first-time notes the journal remembers. */
public final class JournalPreferences {

    private static final String SAFETY_NOTE_READ = "safety-note-read";
    private static final String PACING_SUGGESTIONS = "pacing-suggestions";

    private final SettingRepository settings;

    public JournalPreferences(SettingRepository settings) {
        this.settings = settings;
    }

    /** Whether the person has seen the note on what this exercise is, shown on first start. */
    public boolean safetyNoteRead() {
        return settings.get(SAFETY_NOTE_READ).isPresent();
    }

    public void markSafetyNoteRead() {
        settings.put(SAFETY_NOTE_READ, "yes");
    }

    /** Whether a smaller step is suggested before a big jump; on unless turned off. */
    public boolean pacingSuggestions() {
        return !settings.get(PACING_SUGGESTIONS).map("off"::equals).orElse(false);
    }

    public void setPacingSuggestions(boolean on) {
        settings.put(PACING_SUGGESTIONS, on ? "on" : "off");
    }
}
