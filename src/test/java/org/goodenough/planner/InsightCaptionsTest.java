package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.DayTally;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.Test;

/** The captions' wording at the edges: one, two, all, ties, and counts that cover only some. */
class InsightCaptionsTest {

    private static DayTally tally(int done, int notHappened, int partly, int happened) {
        return new DayTally(LocalDate.of(2026, 11, 2), done, notHappened, partly, happened,
                0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void outcomesNotedForOnlySomeExposuresSaySo() {
        assertEquals("In the one exposure with an outcome noted so far, what you feared did not"
                + " happen.", InsightCaptions.calibration(tally(3, 1, 0, 0), "so far"));
        assertEquals("In all 3 of your exposures so far, what you feared did not happen.",
                InsightCaptions.calibration(tally(3, 3, 0, 0), "so far"));
        assertEquals("In both of the exposures with an outcome noted so far, what you feared did"
                + " not happen.", InsightCaptions.calibration(tally(5, 2, 0, 0), "so far"));
        assertEquals("In 1,200 of your 1,500 exposures so far, what you feared did not happen;"
                + " in 200 it partly did.", InsightCaptions.calibration(tally(1500, 1200, 200, 100),
                "so far"));
    }

    @Test
    void areasNameTiesAndUnsetAreasPlainly() {
        assertEquals("You did 2 exposures so far across 2 areas, one in each.",
                InsightCaptions.areas(List.of(new AreaCount(Category.COMMUNICATION, Stakes.LOW, 1),
                        new AreaCount(Category.SOCIAL, Stakes.LOW, 1)), "so far"));
        assertEquals("You did 7 exposures so far across 3 areas; the most were about"
                + " communication and social (3 each).", InsightCaptions.areas(List.of(
                        new AreaCount(Category.COMMUNICATION, Stakes.LOW, 3),
                        new AreaCount(Category.SOCIAL, null, 3),
                        new AreaCount(Category.DECISIONS, Stakes.LOW, 1)), "so far"));
        assertEquals("You did one exposure so far; give it an area to see where you have"
                + " practised.", InsightCaptions.areas(List.of(new AreaCount(null, null, 1)),
                "so far"));
        assertEquals("You did 4 exposures so far, 3 of them about decisions.",
                InsightCaptions.areas(List.of(new AreaCount(Category.DECISIONS, Stakes.LOW, 3),
                        new AreaCount(null, Stakes.LOW, 1)), "so far"));
    }
}
