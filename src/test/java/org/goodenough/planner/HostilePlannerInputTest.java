package org.goodenough.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.goodenough.DayClock;
import org.goodenough.HostileRun;
import org.goodenough.HostileText;
import org.goodenough.JournalCounts;
import org.goodenough.domain.Progress;
import org.goodenough.exchange.ExportFormat;
import org.goodenough.exchange.ImportPreview;
import org.goodenough.planner.Attempt.Ending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throws thousands of random and hostile inputs at every door of the planner: control
 * characters, a megabyte of text, broken surrogates, SQL and search syntax, bidi and zero-width
 * characters, ratings out of range or not numbers at all, days in year -999999999 or 10000,
 * and records that are gone. Each call saves exactly what it was given (trimmed, blank as
 * skipped) or is refused with a message for a person, and a refused call writes nothing.
 *
 * <p>{@code -Dhostile.seed=N} (or {@code random}) and {@code -Dhostile.planner.cases=N} change
 * the run; a failure names the seed and the case, and every run with that seed repeats it.
 */
class HostilePlannerInputTest {

    private static final int CASES = HostileRun.cases("hostile.planner.cases", 10_000);
    /** How often, in cases, to check the whole file as well as at the end; 0 for only the end. */
    private static final int CHECK_EVERY = HostileRun.cases("hostile.checkEvery", 0);

    @TempDir
    Path folder;

    @Test
    void everyInputIsSavedAsTypedOrRefusedWithAMessageLeavingTheJournalAsItWas() {
        long seed = HostileRun.seed();
        long started = System.nanoTime();
        Path file = folder.resolve("hostile.db");
        Random random = new Random(seed);
        HostileText text = new HostileText(random);
        HostileFields fields = new HostileFields(random, text);
        PlannerState state = new PlannerState(random);
        try (JournalSession session = JournalSession.open(file, new DayClock("2026-11-23T08:00:00Z"));
             JournalCounts counts = new JournalCounts(file)) {
            Attempt attempt = new Attempt(counts);
            ExposureCases exposures = new ExposureCases(session, state, attempt, fields, text);
            LadderAndIdeaCases ladders = new LadderAndIdeaCases(session, state, attempt, fields);
            for (int i = 0; i < CASES; i++) {
                try {
                    if (random.nextInt(100) < 80) {
                        exposures.run(random.nextInt(100));
                    } else {
                        ladders.run(random.nextInt(100));
                    }
                    if (CHECK_EVERY > 0 && i % CHECK_EVERY == 0) {
                        assertEquals(List.of("ok"), counts.integrity(), "the journal's file");
                    }
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("planner case " + i + " of seed " + seed + " failed"
                            + " (run again with -Dhostile.seed=" + seed + "): " + e.getMessage()
                            + "\n case: " + attempt.current(), e);
                }
            }
            assertEquals(List.of("ok"), counts.integrity(), "seed " + seed);
            counts.checkSearchIndex();
            int found = exposures.checkMarkedAreFound();
            assertTrue(CASES < 1_000 || found > 0, "no exposure saved with a search word to look for, seed " + seed);
            assertExportImportsWhole(session, counts, seed);
            System.out.printf("planner: %d cases, %d saved, %d refused, seed %d (%d invalid input,"
                    + " %d not possible now, %d no longer there; %d found by search; %.1f s)%n",
                    CASES, attempt.count(Ending.SAVED), CASES - attempt.count(Ending.SAVED), seed,
                    attempt.count(Ending.INVALID), attempt.count(Ending.NOT_POSSIBLE),
                    attempt.count(Ending.NO_LONGER_THERE), found,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** What the planner saved is a journal its own export and import carry over whole. */
    private void assertExportImportsWhole(JournalSession session, JournalCounts counts, long seed) {
        Path export = folder.resolve("hostile.json");
        session.export().export(ExportFormat.JSON, null, export, Progress.NONE);
        Path copy = folder.resolve("imported.db");
        try (JournalSession imported = JournalSession.open(copy, new DayClock("2026-11-24T08:00:00Z"));
             JournalCounts importedCounts = new JournalCounts(copy)) {
            ImportPreview preview = imported.importer().prepare(export, Progress.NONE);
            imported.importer().apply(preview, Progress.NONE);
            assertEquals(counts.now().rows(), importedCounts.now().rows(),
                    "the export of the hostile journal, imported again, seed " + seed);
        }
    }
}
