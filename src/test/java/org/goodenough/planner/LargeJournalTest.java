package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.goodenough.DayClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.goodenough.domain.ExposureFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights, the timeline and search on a journal of 100,000 done exposures: the figures
 * come out right without any caller reading the records one by one. This checks answers
 * only; how fast they come is for a benchmark to measure, not for a test.
 */
class LargeJournalTest {

    private static final int EXPOSURES = 100_000;

    @TempDir
    Path folder;

    @Test
    void oneHundredThousandExposuresAddUpRight() throws Exception {
        Path file = folder.resolve("large.db");
        DayClock clock = new DayClock("2026-11-23T12:00:00Z");
        JournalSession.open(file, clock).close();
        fill(file);

        try (JournalSession session = JournalSession.open(file, clock)) {
            InsightsReport report = session.insights().report(InsightRequest.allTime());
            assertEquals(EXPOSURES, report.done());
            // Every tenth "yes", the next two "partly", the other seven "no".
            assertEquals(70_000, report.calibration().notHappened());
            assertEquals(20_000, report.calibration().partly());
            assertEquals(10_000, report.calibration().happened());
            assertEquals("In 70,000 of your 100,000 exposures so far, what you feared did not"
                    + " happen; in 20,000 it partly did.", report.calibration().caption());
            // Expected 50 each; peaks 30, 40, 50 in turn: 66,667 lower, on average 10 below.
            assertEquals("In 66,667 of your 100,000 exposures so far, your distress peaked lower"
                    + " than you expected; on average the peak was 10 points below.",
                    report.distress().caption());
            // 2,000 days from 1 January 2020: by year, 2020 to 2025.
            assertEquals("the average of each year", report.distress().eachPoint());
            assertEquals(6, report.distress().points().size());
            for (PairFigure.Point year : report.distress().points()) {
                // Expected is 50 every time; the peaks 30, 40, 50 in turn average 40 in any year.
                assertEquals(50.0, year.first(), 1e-9, year.label());
                assertEquals(40.0, year.second(), 0.05, year.label());
            }
            assertEquals(List.of("2020", "2021", "2022", "2023", "2024", "2025"),
                    report.distress().points().stream().map(PairFigure.Point::label).toList());
            assertTrue(report.likelihood().points().isEmpty(), "no likelihood was rated");
            assertEquals(6, report.calibration().overTime().size());
            assertEquals(EXPOSURES, report.calibration().overTime().stream()
                    .mapToInt(bucket -> bucket.tally().outcomesNoted()).sum());
            List<Double> running = report.calibration().runningShare();
            assertEquals(70.0, running.get(running.size() - 1), 1e-9);
            assertTrue(report.repeated().isEmpty());

            LearningPage learned = session.insights().learned(InsightRequest.allTime(), true, 0, 50);
            assertEquals(EXPOSURES / 2, learned.total());
            assertEquals(50, learned.learnings().size());

            SearchResults found = session.search().find(new ExposureFilter("lesson 4", null, null,
                    null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)), 20);
            assertEquals(20, found.found().size());
            assertTrue(found.total() > 20 && found.total() < EXPOSURES, "total " + found.total());
        }
    }

    private static void fill(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            try (PreparedStatement exposure = connection.prepareStatement("""
                    INSERT INTO exposure (id, uid, mistake, status, expected_distress,
                                          distress_peak, done_at, created_at, updated_at)
                    VALUES (?, ?, ?, 'DONE', 50, ?, ?, ?, ?)
                    """);
                 PreparedStatement reflection = connection.prepareStatement("""
                    INSERT INTO reflection (exposure_id, outcome, learned, reflected_at)
                    VALUES (?, ?, ?, ?)
                    """)) {
                LocalDate first = LocalDate.of(2020, 1, 1);
                for (int i = 0; i < EXPOSURES; i++) {
                    String at = first.plusDays(i % 2000) + "T10:00:00.000Z";
                    exposure.setInt(1, i + 1);
                    exposure.setString(2, "uid-" + i);
                    exposure.setString(3, "Small mistake number " + i);
                    exposure.setInt(4, 30 + (i % 3) * 10);
                    exposure.setString(5, at);
                    exposure.setString(6, at);
                    exposure.setString(7, at);
                    exposure.addBatch();
                    reflection.setInt(1, i + 1);
                    reflection.setString(2, i % 10 == 0 ? "YES" : i % 10 < 3 ? "PARTLY" : "NO");
                    reflection.setString(3, i % 2 == 0 ? "Lesson " + i : null);
                    reflection.setString(4, at);
                    reflection.addBatch();
                }
                exposure.executeBatch();
                reflection.executeBatch();
            }
            connection.commit();
        }
    }
}
