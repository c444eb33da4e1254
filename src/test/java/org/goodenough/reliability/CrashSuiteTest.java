package org.goodenough.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash suite (issue 7): a worker process saves to a journal through the planner and is
 * killed with SIGKILL at a random moment; the journal is then reopened as the app opens it and
 * must hold every save the worker acknowledged, and pass SQLite's integrity check. The same
 * journal is used kill after kill, so it grows and each worker carries on with the records of
 * earlier ones; every few kills a worker is killed on a journal it is still creating.
 *
 * <p>30 kills in the ordinary test run. For more, and to replay a run:
 * {@code mvn -q -B test -Dtest=CrashSuiteTest -Dcrash.kills=500 -Dcrash.seed=42}. The figures
 * are printed to standard output; on failure the folder with the journals is kept, with what
 * the worker printed before each kill that failed.
 */
class CrashSuiteTest {

    private static final int KILLS = Integer.getInteger("crash.kills", 30);
    /** Every so many kills, the worker creates a new journal and is killed while it does. */
    private static final int NEW_JOURNAL_EVERY = 6;
    private static final int PROGRESS_EVERY = 100;
    private static final long PATIENCE_MILLIS = 60_000;
    /** What a process killed by signal 9 exits with. */
    private static final int KILLED = 128 + 9;
    /**
     * A first guess at how long a worker takes from OPENING to OPENED (tens of milliseconds
     * here, most of it the journal's work), until it has been measured.
     */
    private static final long OPENING_GUESS = TimeUnit.MILLISECONDS.toNanos(80);

    /** How long opening took lately: [0] existing journals, [1] new ones. */
    private final long[] opening = {OPENING_GUESS, OPENING_GUESS};

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void everyAcknowledgedSaveSurvivesAKillAndTheJournalStaysWhole() throws Exception {
        long seed = Long.getLong("crash.seed", new SecureRandom().nextLong());
        System.out.println("Crash suite: " + KILLS + " kills, seed " + seed + " (to replay:"
                + " -Dcrash.kills=" + KILLS + " -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> sqlite = WorkerProcess.sqlite(Files.createDirectories(folder.resolve("native")));
        TrackedJournal journal = new TrackedJournal(folder.resolve("journal.db"));
        CrashTally tally = new CrashTally();
        long started = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            boolean newJournal = kill % NEW_JOURNAL_EVERY == 0;
            TrackedJournal target = newJournal
                    ? new TrackedJournal(Files.createDirectory(folder.resolve("new-" + kill))
                            .resolve("journal.db"))
                    : journal;
            boolean creating = newJournal || kill == 1;
            KillMoment moment = KillMoment.draw(random, creating, opening[creating ? 1 : 0]);
            SaveLog log = runAndKill(target, moment, random.nextLong(), "k" + kill, sqlite, creating);
            TrackedJournal.Outcome outcome = target.reopenAndJudge(log);
            tally.add(kill, log, outcome, newJournal);
            if (!outcome.clean()) {
                Files.copy(output(target), folder.resolve("kill-" + kill + "-output.txt"));
            }
            if (kill % PROGRESS_EVERY == 0 && kill < KILLS) {
                System.out.println("Crash suite, so far: " + tally.figures());
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("Crash suite: " + tally.figures());
        System.out.println("Crash suite: " + tally.moments() + "; the journal holds "
                + journal.records() + " exposures and ladders; " + seconds + " s");
        System.out.println("Crash suite: " + tally.saves());
        tally.details().forEach(line -> System.out.println("Crash suite: " + line));

        String figures = tally.figures() + "; " + tally.moments() + "; seed " + seed
                + "; journals kept in " + folder + "\n" + String.join("\n", tally.details());
        assertTrue(tally.acknowledged() > 0, "no save was acknowledged at all: " + figures);
        assertEquals(0, tally.lost(), figures);
        assertEquals(0, tally.integrityFailures(), figures);
        assertEquals(0, tally.unexpected(), figures);
    }

    private SaveLog runAndKill(TrackedJournal journal, KillMoment moment, long seed, String tag,
            List<String> sqlite, boolean creating) throws Exception {
        Path errors = journal.file().resolveSibling("worker-errors.txt");
        try (WorkerProcess worker = WorkerProcess.start(journal.file(), seed, tag, errors, sqlite)) {
            if (!worker.await(moment.after(), PATIENCE_MILLIS)) {
                fail("The save worker did not print " + moment.after() + ":\n" + worker.errors());
            }
            moment.waitOut();
            int exit = worker.kill();
            if (exit != KILLED) {
                fail("The save worker stopped by itself (exit " + exit + ") instead of being"
                        + " killed:\n" + worker.errors());
            }
            worker.nanosBetween(SaveWorker.OPENING, SaveWorker.OPENED).ifPresent(took -> {
                int kind = creating ? 1 : 0;
                opening[kind] = (opening[kind] + took) / 2;
            });
            Files.write(output(journal), worker.lines());
            return SaveLog.read(worker.lines());
        }
    }

    /** Where a worker's lines are kept until the next one runs, to be looked at when a kill fails. */
    private static Path output(TrackedJournal journal) {
        return journal.file().resolveSibling("worker-output.txt");
    }
}
