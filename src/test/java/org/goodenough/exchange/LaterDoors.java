package org.goodenough.exchange;

import java.util.List;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureFilter;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Ladder;
import org.goodenough.planner.InsightRequest;
import org.goodenough.planner.JournalSession;

/**
 * Reads an imported journal the way the app's screens do: the three lists, each exposure's
 * series, every ladder with its rungs, the insights, the timeline, search and the library. A
 * file the import took must not leave records that break a later screen.
 */
final class LaterDoors {

    private final JournalSession session;

    LaterDoors(JournalSession session) {
        this.session = session;
    }

    void visit() {
        for (JournalSection section : JournalSection.values()) {
            List<Exposure> listed = session.planner().list(section, 0, 200);
            // The newest few, as a person opens them; the rest are read by the list alone.
            for (Exposure exposure : listed.subList(0, Math.min(8, listed.size()))) {
                session.planner().series(exposure.id());
                session.ladders().climbFrom(exposure);
            }
            if (!listed.isEmpty()) {
                session.pacing().adviceFor(listed.get(0).plan());
            }
        }
        for (Ladder ladder : session.ladders().all()) {
            session.ladders().overview(ladder.id());
        }
        session.insights().report(InsightRequest.allTime());
        session.insights().learned(InsightRequest.allTime(), true, 0, 50);
        session.search().find(ExposureFilter.any().withWords("typo"), 50);
        session.search().find(ExposureFilter.any(), 50);
        session.library().all();
    }
}
