package org.goodenough;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The settings of the hostile-input runs, as system properties: {@code hostile.seed} (a number,
 * or {@code random} for a new one each run) and how many cases each run makes.
 */
public final class HostileRun {

    /** The seed used when none is given, so that every ordinary build runs the same cases. */
    public static final long DEFAULT_SEED = 20261123L;

    private HostileRun() {
    }

    public static long seed() {
        String seed = System.getProperty("hostile.seed", "").strip();
        if (seed.isEmpty()) {
            return DEFAULT_SEED;
        }
        return seed.equals("random") ? ThreadLocalRandom.current().nextLong() : Long.parseLong(seed);
    }

    /** The number in {@code property}, or {@code fallback}. */
    public static int cases(String property, int fallback) {
        return Integer.getInteger(property, fallback);
    }
}
