package org.goodenough.planner;

import static org.goodenough.planner.LadderPlannerTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window shows first, read ahead by the thread that opens the journal. */
class WindowReadTest {

    @TempDir
    Path folder;
    private JournalSession session;
    private ExposurePlanner planner;

    @BeforeEach
    void open() {
        session = JournalSession.open(folder.resolve("journal.db"), new LadderPlannerTest.MovingClock());
        planner = session.planner();
        for (int i = 0; i < 7; i++) {
            planner.plan(plan("Plan " + i, Stakes.LOW, "30", null));
        }
        List<Exposure> all = planner.list(JournalSection.UPCOMING, 0, 10);
        planner.markDone(all.get(0).id(), new DistressInput(null, "40", null));
        planner.notNow(all.get(1).id());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void readsEachListsFirstPageAndTotalAsTheWindowWould() {
        session.readAhead(3, 20);

        WindowRead read = session.takeReadAhead().orElseThrow();
        for (JournalSection each : JournalSection.values()) {
            assertEquals(planner.list(each, 0, 3), read.sections().get(each).exposures(), each.name());
            assertEquals(planner.count(each), read.sections().get(each).total(), each.name());
        }
        assertEquals(3, read.sections().get(JournalSection.UPCOMING).exposures().size());
        assertEquals(5, read.sections().get(JournalSection.UPCOMING).total());
        assertEquals(planner.waitingToday(20), read.waitingToday());
        assertTrue(read.safetyNoteDue(), "a new journal's note is still to be read");
    }

    @Test
    void isTakenOnce() {
        session.readAhead(50, 20);

        assertTrue(session.takeReadAhead().isPresent());
        assertFalse(session.takeReadAhead().isPresent());
    }

    @Test
    void nothingIsReadAheadUnlessAsked() {
        assertFalse(session.takeReadAhead().isPresent());
    }

    @Test
    void coversOnlyAWindowAskingForTheSamePages() {
        session.readAhead(50, 20);
        WindowRead read = session.takeReadAhead().orElseThrow();
        Map<JournalSection, Integer> shown = new EnumMap<>(JournalSection.class);
        for (JournalSection each : JournalSection.values()) {
            shown.put(each, 50);
        }

        assertTrue(read.covers(shown, 20));
        assertFalse(read.covers(shown, 10), "another number of today's plans");
        shown.put(JournalSection.DONE, 100);
        assertFalse(read.covers(shown, 20), "a list shown further than was read");
        shown.remove(JournalSection.DONE);
        assertFalse(read.covers(shown, 20), "a list the window does not say how far to show");
    }
}
