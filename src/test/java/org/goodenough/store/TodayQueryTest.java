package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.goodenough.domain.Distress;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.ExposureStatus;
import org.goodenough.domain.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today panel's and the reminders' questions, asked of a real journal. */
class TodayQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path folder;
    private Journal journal;
    private ExposureRepository exposures;

    @BeforeEach
    void open() {
        journal = Journal.open(folder.resolve("journal.db"));
        exposures = journal.exposures();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Exposure plan(String mistake, LocalDate day, LocalTime time) {
        Plan plan = Plan.of(mistake);
        return exposures.add(new Plan(plan.mistake(), null, null, day, time, null, null, null,
                null, null, null, plan.selfCompassion(), null), null, NOW);
    }

    private static List<String> mistakes(List<Exposure> found) {
        return found.stream().map(exposure -> exposure.plan().mistake()).toList();
    }

    @Test
    void todayHoldsTodaysPlansAndEarlierOnesStillWaitingEarliestFirst() {
        plan("Tomorrow's plan", TODAY.plusDays(1), null);
        plan("Today, no time", TODAY, null);
        plan("Today at nine", TODAY, LocalTime.of(9, 0));
        plan("Last week", TODAY.minusDays(7), LocalTime.of(18, 30));
        plan("No day at all", null, null);
        Exposure done = plan("Done yesterday", TODAY.minusDays(1), null);
        exposures.updateDoing(done.id(), ExposureStatus.DONE, NOW, Distress.NOT_RATED, NOW);
        Exposure setAside = plan("Set aside", TODAY, null);
        exposures.updateDoing(setAside.id(), ExposureStatus.NOT_NOW, null, Distress.NOT_RATED, NOW);
        Exposure letGo = plan("Let go", TODAY.minusDays(2), null);
        exposures.updateDoing(letGo.id(), ExposureStatus.LET_GO, null, Distress.NOT_RATED, NOW);

        assertEquals(List.of("Last week", "Today at nine", "Today, no time"),
                mistakes(exposures.waitingOn(TODAY, 50)));
        assertEquals(List.of("Last week", "Today at nine"), mistakes(exposures.waitingOn(TODAY, 2)),
                "the limit is kept in the query");
        assertEquals(List.of(), mistakes(exposures.waitingOn(TODAY.minusDays(8), 50)));
    }

    @Test
    void remindersCountOnlyTimedPlansFromTheMomentAskedFor() {
        plan("Earlier today", TODAY, LocalTime.of(7, 59));
        plan("Now exactly", TODAY, LocalTime.of(8, 0));
        plan("Today, no time", TODAY, null);
        plan("Tonight", TODAY, LocalTime.of(20, 15));
        plan("Tomorrow early", TODAY.plusDays(1), LocalTime.of(6, 0));
        Exposure setAside = plan("Set aside tonight", TODAY, LocalTime.of(21, 0));
        exposures.updateDoing(setAside.id(), ExposureStatus.NOT_NOW, null, Distress.NOT_RATED, NOW);

        LocalDateTime eight = TODAY.atTime(8, 0);
        assertEquals(List.of("Now exactly", "Tonight", "Tomorrow early"),
                mistakes(exposures.timedFrom(eight, 10)));
        assertEquals(List.of("Tonight"), mistakes(exposures.timedFrom(eight.plusSeconds(1), 1)));
        assertEquals(List.of(), mistakes(exposures.timedFrom(TODAY.plusDays(1).atTime(6, 1), 10)));
    }
}
