package org.goodenough.planner;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;

/**
 * What the journal window shows first: the first page of each list with its total, today's
 * waiting plans, and whether the note on the exercise is still to be read. Read once, just after
 * the journal opens and while the toolkit starts, so the window's first frame can show it.
 */
public record OpeningRead(int page, int today, Map<JournalSection, Section> sections,
                          List<Exposure> waitingToday, boolean safetyNoteDue) {

    /** One list: its first exposures, as many as were asked for, and how many it holds in all. */
    public record Section(List<Exposure> exposures, int total) {
    }

    public OpeningRead {
        sections = Map.copyOf(sections);
        waitingToday = List.copyOf(waitingToday);
    }

    /**
     * Reads each list's first {@code page} exposures and its total, and up to {@code today}
     * plans waiting today.
     */
    static OpeningRead of(ExposurePlanner planner, JournalPreferences preferences, int page,
                          int today) {
        Map<JournalSection, Section> sections = new EnumMap<>(JournalSection.class);
        for (JournalSection each : JournalSection.values()) {
            sections.put(each, new Section(planner.list(each, 0, page), planner.count(each)));
        }
        return new OpeningRead(page, today, sections, planner.waitingToday(today),
                !preferences.safetyNoteRead());
    }

    /** Whether this read is what a window showing {@code shown} of each list, and {@code today} plans, asks for. */
    public boolean covers(Map<JournalSection, Integer> shown, int today) {
        if (today != this.today) {
            return false;
        }
        for (JournalSection each : JournalSection.values()) {
            Integer wanted = shown.get(each);
            if (wanted == null || wanted != page || !sections.containsKey(each)) {
                return false;
            }
        }
        return true;
    }
}
