package org.goodenough.reliability;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * When a worker is killed: a random time after a line it prints. Most kills fall while saves
 * run; the rest while the journal is being opened, which checks it and recovers its
 * write-ahead log, or, for a new journal, runs every migration.
 *
 * <p>Kills while opening fall anywhere from a fifth of the time opening has taken lately
 * to a little past it: the worker loads what opening needs before it says {@code OPENING}, so
 * most of that time is the journal's own work.
 *
 * @param after the worker's line to wait for
 * @param nanos how long to wait after it
 */
record KillMoment(String after, long nanos) {

    private static final long SAVING_MICROS = 600_000;
    private static final int WHILE_OPENING_PERCENT = 20;

    /**
     * @param newJournal whether the worker creates the journal
     * @param opening    how long opening has been taking, in nanoseconds
     */
    static KillMoment draw(Random random, boolean newJournal, long opening) {
        if (newJournal || random.nextInt(100) < WHILE_OPENING_PERCENT) {
            return new KillMoment(SaveWorker.OPENING, (long) (opening * (0.2 + random.nextDouble())));
        }
        return new KillMoment(SaveWorker.OPENED,
                TimeUnit.MICROSECONDS.toNanos(random.nextLong(SAVING_MICROS)));
    }

    /** Waits out the time, to the microsecond as far as the system allows. */
    void waitOut() {
        long until = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
