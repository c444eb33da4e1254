package org.goodenough.planner;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;

/**
 * What the journal window shows of the journal: each list as far as it is shown, with its
 * total, today's waiting plans, and whether the note on the exercise is still to be read. The
 * window reads it on its worker, and once, for its first frame, the thread that opens the
 * journal reads it ahead while the toolkit starts.
 */
public record WindowRead(Map<JournalSection, Integer> shown, int today,
                         Map<JournalSection, Section> sections, List<Exposure> waitingToday,
                         boolean safetyNoteDue) {

    /** One list: its first exposures, as many as were asked for, and how many it holds in all. */
    public record Section(List<Exposure> exposures, int total) {
    }

    public WindowRead {
        shown = Map.copyOf(shown);
        sections = Map.copyOf(sections);
        waitingToday = List.copyOf(waitingToday);
    }

    /**
     * Reads each list's first exposures, as many as {@code shown} says for it, and its total,
     * and up to {@code today} plans waiting today.
     */
    static WindowRead of(ExposurePlanner planner, JournalPreferences preferences,
                         Map<JournalSection, Integer> shown, int today) {
        Map<JournalSection, Section> sections = new EnumMap<>(JournalSection.class);
        for (JournalSection each : JournalSection.values()) {
            sections.put(each, new Section(planner.list(each, 0, shown.get(each)),
                    planner.count(each)));
        }
        return new WindowRead(shown, today, sections, planner.waitingToday(today),
                !preferences.safetyNoteRead());
    }

    /** Whether this is what a window showing {@code shown} of each list, and {@code today} plans, asks for. */
    public boolean covers(Map<JournalSection, Integer> shown, int today) {
        return today == this.today && this.shown.equals(shown);
    }
}
