package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.goodenough.DayClock;
import java.time.LocalDate;
import java.util.List;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Learning;
import org.goodenough.domain.Outcome;
import org.goodenough.domain.RepeatedSeries;
import org.goodenough.domain.Stakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure on a small journal built by hand, with the answers worked out in the comments.
 * Today is Monday 23 November 2026; the clock is in UTC.
 *
 * <pre>
 *     exposure  area           stakes  ladder  expected peak  likely after  outcome  done
 *  A  typo      communication  low     yes     60       40    70     20     no       Mon  2 Nov
 *  B  late      time           medium  -       50       70    50     40     partly   Tue 10 Nov
 *  C  typo (A again)           low     yes     40       30    30     10     no       Fri 20 Nov
 *  F  reply     communication  -       -       -        -     -      -      -        Sat 21 Nov
 *  D  bed       home           high    -       80       80    90     -      yes      Sat 15 Aug
 *  E  draft     creative       low     -       (planned, never done)
 * </pre>
 */
class InsightsTest {

    @TempDir
    Path folder;
    private DayClock clock;
    private JournalSession session;
    private Insights insights;
    private Ladder ladder;
    private Exposure a;

    @BeforeEach
    void buildJournal() {
        clock = new DayClock("2026-08-01T09:00:00Z");
        session = JournalSession.open(folder.resolve("journal.db"), clock);
        insights = session.insights();
        ladder = session.ladders().create(new LadderInput("Visible mistakes", null, "80"));
        ExposurePlanner planner = session.planner();

        a = planner.plan(plan("Email with a typo", Category.COMMUNICATION, Stakes.LOW, "70", "60",
                ladder.id()));
        Exposure b = planner.plan(plan("Arrive five minutes late", Category.TIME_AND_PUNCTUALITY,
                Stakes.MEDIUM, "50", "50", null));
        Exposure d = planner.plan(plan("Guests see an unmade bed", Category.HOME_AND_ORDER,
                Stakes.HIGH, "90", "80", null));
        Exposure f = planner.plan(plan("A two-word reply", Category.COMMUNICATION, null, null,
                null, null));
        planner.plan(plan("Share a rough draft", Category.CREATIVE_AND_LEISURE, Stakes.LOW, "40",
                "40", null));

        done(d, "2026-08-15T18:00:00Z", "80", Outcome.YES, null, "I coped, and the evening was fine");
        done(a, "2026-11-02T10:00:00Z", "40", Outcome.NO, "20", "Nobody noticed the typo");
        done(b, "2026-11-10T08:30:00Z", "70", Outcome.PARTLY, "40", "It was awkward, then it passed");
        Exposure c = planner.repeat(a.id());
        planner.edit(c.id(), plan("Email with a typo", Category.COMMUNICATION, Stakes.LOW, "30",
                "40", ladder.id()));
        done(c, "2026-11-20T16:00:00Z", "30", Outcome.NO, "10", "  ");
        clock.set("2026-11-21T12:00:00Z");
        planner.markDone(f.id(), new DistressInput(null, null, null));
        clock.set("2026-11-23T12:00:00Z");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static PlanInput plan(String mistake, Category category, Stakes stakes,
                                  String likelihood, String expected, Long ladderId) {
        return new PlanInput(mistake, category, stakes, null, null, null, "They think less of me",
                likelihood, expected, null, null, null, ladderId);
    }

    private void done(Exposure exposure, String at, String peak, Outcome outcome,
                      String likelihoodAfter, String learned) {
        clock.set(at);
        session.planner().markDone(exposure.id(), new DistressInput(null, peak, null));
        session.planner().reflect(exposure.id(),
                new ReflectionInput(null, outcome, null, null, null, learned, likelihoodAfter));
    }

    private static InsightRequest last30Days() {
        return new InsightRequest(InsightPeriod.LAST_30_DAYS, null, null, null, null);
    }

    @Test
    void theLast30DaysCoverANote() {
        // 24 Oct to 23 Nov holds A, B, C and F; D (August) and E (never done) stay out.
        InsightsReport report = insights.report(last30Days());
        assertEquals(4, report.done());

        // Outcomes noted: A no, B partly, C no; F has none.
        CalibrationFigure calibration = report.calibration();
        assertEquals(List.of(2, 1, 0), List.of(calibration.notHappened(), calibration.partly(),
                calibration.happened()));
        assertEquals("In 2 of the 3 exposures with an outcome noted in the last 30 days, what you"
                + " feared did not happen; in 1 it partly did.", calibration.caption());
        // 2 to 21 November spans 19 days, so by day; F's day has no outcome and no bar.
        assertEquals(List.of("2 Nov", "10 Nov", "20 Nov"),
                calibration.overTime().stream().map(Bucket::label).toList());

        // Pairs: A 60→40, B 50→70, C 40→30. Lower in A and C; (150 − 140) / 3 = 3.3, so 3.
        PairFigure distress = report.distress();
        assertEquals("In 2 of the 3 exposures with both ratings in the last 30 days, your distress"
                + " peaked lower than you expected; on average the peak was 3 points below.",
                distress.caption());
        assertEquals("each exposure", distress.eachPoint());
        assertEquals(List.of(new PairFigure.Point("2 Nov", 60, 40),
                new PairFigure.Point("10 Nov", 50, 70), new PairFigure.Point("20 Nov", 40, 30)),
                distress.points());

        // Likelihood: A 70→20, B 50→40, C 30→10: before (150 / 3) 50, after (70 / 3) 23.3.
        assertEquals("On average, in the 3 exposures with a likelihood before and after in the last"
                + " 30 days, what you feared seemed 50 % likely beforehand and 23 % likely"
                + " afterwards.", report.likelihood().caption());
        assertEquals(List.of(new PairFigure.Point("2 Nov", 70, 20),
                new PairFigure.Point("10 Nov", 50, 40), new PairFigure.Point("20 Nov", 30, 10)),
                report.likelihood().points());
        // Bars: 2 Nov one "no", 10 Nov one "partly", 20 Nov one "no"; running share of "no":
        // 1 of 1, 1 of 2, 2 of 3.
        assertEquals(List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(1, 0, 0)),
                calibration.overTime().stream().map(bucket -> List.of(bucket.tally().notHappened(),
                        bucket.tally().partly(), bucket.tally().happened())).toList());
        assertEquals(List.of(100.0, 50.0, 200.0 / 3), calibration.runningShare());

        // Areas: communication A, C, F (3), time B (1).
        assertEquals("You did 4 exposures in the last 30 days across 2 areas; the most were"
                + " about communication (3).", report.areas().caption());
        assertTrue(report.areas().counts().containsAll(List.of(
                new AreaCount(Category.COMMUNICATION, Stakes.LOW, 2),
                new AreaCount(Category.COMMUNICATION, null, 1),
                new AreaCount(Category.TIME_AND_PUNCTUALITY, Stakes.MEDIUM, 1))));
        assertEquals(3, report.areas().counts().size());

        // A and its repeat C form the one series done twice.
        RepeatedSeries typo = report.repeated().get(0);
        assertEquals(List.of(a.id(), 2), List.of(typo.seriesId(), typo.timesDone()));
        assertEquals(1, report.repeated().size());
    }

    @Test
    void allTimeAddsAugustAndGroupsByWeek() {
        InsightsReport report = insights.report(InsightRequest.allTime());
        assertEquals(5, report.done());
        // Outcomes: no A, C; partly B; yes D.
        assertEquals("In 2 of the 4 exposures with an outcome noted so far, what you feared did"
                + " not happen; in 1 it partly did.", report.calibration().caption());
        // 15 Aug to 21 Nov is 98 days: by week, each week starting on Monday.
        assertEquals(List.of("10 Aug", "2 Nov", "9 Nov", "16 Nov"),
                report.calibration().overTime().stream().map(Bucket::label).toList());
        assertEquals("Week, by its Monday", report.calibration().timeAxis());
        // Pairs now add D 80→80 (neither lower nor higher): (230 − 220) / 4 = 2.5, rounded 3.
        assertEquals("In 2 of the 4 exposures with both ratings so far, your distress peaked lower"
                + " than you expected; on average the peak was 3 points below.",
                report.distress().caption());
        // D has no likelihood afterwards, so the pairs stay A, B and C.
        assertEquals("On average, in the 3 exposures with a likelihood before and after so far,"
                + " what you feared seemed 50 % likely beforehand and 23 % likely afterwards.",
                report.likelihood().caption());
        assertEquals("You did 5 exposures so far across 3 areas; the most were about"
                + " communication (3).", report.areas().caption());
    }

    @Test
    void oneLadderOrOneAreaNarrowsEveryFigure() {
        InsightsReport onLadder = insights.report(
                new InsightRequest(InsightPeriod.ALL_TIME, null, null, ladder.id(), null));
        // A and C: both "no", both lower (60→40, 40→30: 15 below on average).
        assertEquals("In both of your exposures so far, what you feared did not happen.",
                onLadder.calibration().caption());
        assertEquals("In both of your exposures so far, your distress peaked lower than you"
                + " expected; on average the peak was 15 points below.", onLadder.distress().caption());
        assertEquals("You did 2 exposures so far, all about communication.",
                onLadder.areas().caption());

        InsightsReport home = insights.report(
                new InsightRequest(InsightPeriod.ALL_TIME, null, null, null, Category.HOME_AND_ORDER));
        assertEquals("In your one exposure so far, what you feared happened, at least in part;"
                + " noticing how you coped is part of the learning too.",
                home.calibration().caption());
        assertEquals("In your one exposure so far, your distress peaked at or above what you"
                + " expected, and you went ahead all the same.", home.distress().caption());
        assertEquals("When you rate how likely your fear seems before and again afterwards,"
                + " the two appear here.", home.likelihood().caption());
        assertTrue(home.repeated().isEmpty());
    }

    @Test
    void chosenDaysIncludeBothEnds() {
        InsightsReport tenth = insights.report(new InsightRequest(InsightPeriod.BETWEEN,
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20), null, null));
        // B (10 Nov) and C (20 Nov), from the first moment of the 10th to the last of the 20th.
        assertEquals(2, tenth.done());
        assertTrue(tenth.calibration().caption().contains("between "), tenth.calibration().caption());

        InsightsReport since = insights.report(new InsightRequest(InsightPeriod.BETWEEN,
                LocalDate.of(2026, 11, 21), null, null, null));
        assertEquals(1, since.done());
        assertEquals("Once you note whether what you feared happened, this shows how often it did"
                + " not.", since.calibration().caption());

        InvalidInputException backwards = assertThrows(InvalidInputException.class, () ->
                insights.report(new InsightRequest(InsightPeriod.BETWEEN,
                        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 10), null, null)));
        assertTrue(backwards.problems().containsKey(Field.PERIOD));
    }

    @Test
    void repeatsShowEachTimeInOrder() {
        RepeatsFigure figure = insights.repeats(a.id(), InsightRequest.allTime());
        assertEquals(List.of(new RepeatsFigure.Time("1st · 2 Nov", 60, 40, 70, 20),
                new RepeatsFigure.Time("2nd · 20 Nov", 40, 30, 30, 10)), figure.times());
        assertEquals("Across the 2 times you did “Email with a typo”, your distress peaked at 40"
                + " the first time and at 30 the latest time.", figure.caption());

        // From 10 November only C, the second time, is in the period.
        RepeatsFigure later = insights.repeats(a.id(), new InsightRequest(InsightPeriod.BETWEEN,
                LocalDate.of(2026, 11, 10), null, null, null));
        assertEquals(List.of("2nd · 20 Nov"), later.times().stream().map(RepeatsFigure.Time::label).toList());
        assertEquals("You did “Email with a typo” once in what you chose; a longer period shows"
                + " more of its repeats.", later.caption());
    }

    @Test
    void theTimelineHoldsEveryAnswerToWhatDidILearn() {
        // C's answer was only spaces, so it is not there.
        LearningPage all = insights.learned(InsightRequest.allTime(), true, 0, 10);
        assertEquals(3, all.total());
        assertEquals(List.of("It was awkward, then it passed", "Nobody noticed the typo",
                "I coped, and the evening was fine"),
                all.learnings().stream().map(Learning::learned).toList());
        LearningPage oldestFirst = insights.learned(InsightRequest.allTime(), false, 1, 1);
        assertEquals("Nobody noticed the typo", oldestFirst.learnings().get(0).learned());

        LearningPage onLadder = insights.learned(
                new InsightRequest(InsightPeriod.ALL_TIME, null, null, ladder.id(), null), true, 0, 10);
        assertEquals(List.of(a.id()), onLadder.learnings().stream().map(Learning::exposureId).toList());
        LearningPage time = insights.learned(new InsightRequest(InsightPeriod.ALL_TIME, null, null,
                null, Category.TIME_AND_PUNCTUALITY), true, 0, 10);
        assertEquals(1, time.total());
    }

    @Test
    void anEmptyJournalInvitesRatherThanScolds(@TempDir Path other) {
        try (JournalSession empty = JournalSession.open(other.resolve("new.db"), clock)) {
            InsightsReport report = empty.insights().report(InsightRequest.allTime());
            assertEquals(0, report.done());
            assertTrue(report.calibration().overTime().isEmpty());
            assertTrue(report.distress().points().isEmpty());
            assertEquals("The exposures you do will be counted here by area and by stakes.",
                    report.areas().caption());
            assertEquals(0, empty.insights().learned(InsightRequest.allTime(), true, 0, 10).total());
        }
    }

    @Test
    void daysAreCountedWithTheOffsetInForceWhenEachWasDone(@TempDir Path other) {
        // London: 23:30 UTC on 1 July is 00:30 on 2 July (summer time); on 10 November it is
        // still 23:30 on the 10th. Today is 23 November, in winter time.
        DayClock london = new DayClock("2026-06-01T09:00:00Z", java.time.ZoneId.of("Europe/London"));
        try (JournalSession journal = JournalSession.open(other.resolve("london.db"), london)) {
            for (String at : List.of("2026-07-01T23:30:00Z", "2026-11-10T23:30:00Z")) {
                Exposure exposure = journal.planner().plan(PlanInput.of("Late-night slip " + at));
                london.set(at);
                journal.planner().markDone(exposure.id(), new DistressInput(null, null, null));
                journal.planner().reflect(exposure.id(), new ReflectionInput(null, Outcome.NO,
                        null, null, null, null, null));
            }
            london.set("2026-11-23T12:00:00Z");
            assertEquals(List.of("2 Jul"), bars(journal, LocalDate.of(2026, 7, 2)));
            assertEquals(List.of(), bars(journal, LocalDate.of(2026, 7, 1)));
            assertEquals(List.of("10 Nov"), bars(journal, LocalDate.of(2026, 11, 10)));
        }
    }

    /** The calibration bars for exposures done on one day. */
    private static List<String> bars(JournalSession journal, LocalDate day) {
        return journal.insights().report(new InsightRequest(InsightPeriod.BETWEEN, day, day, null,
                null)).calibration().overTime().stream().map(Bucket::label).toList();
    }
}
