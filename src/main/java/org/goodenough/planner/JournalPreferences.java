package org.goodenough.planner;

import java.util.Optional;
import org.goodenough.exchange.worksheet.PaperSize;
import org.goodenough.store.SettingRepository;

/** Choices and first-time notes the journal remembers. */
public final class JournalPreferences {

    private static final String SAFETY_NOTE_READ = "safety-note-read";
    private static final String PACING_SUGGESTIONS = "pacing-suggestions";
    private static final String PAPER = "worksheet-paper";

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

    /** The paper worksheets were last printed on, if the person ever chose one. */
    public Optional<PaperSize> paper() {
        return settings.get(PAPER).map(PaperSize::named);
    }

    public void setPaper(PaperSize paper) {
        settings.put(PAPER, paper.name());
    }
}
