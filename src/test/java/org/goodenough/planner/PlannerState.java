package org.goodenough.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the hostile run knows of its journal: the exposures and ladders it made and still holds,
 * and the ones it deleted, so a case can aim at a record that exists or at one that does not.
 */
final class PlannerState {

    private static final long[] NEVER_THERE = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40};

    private final Random random;
    private final List<Long> exposures = new ArrayList<>();
    private final List<Long> gone = new ArrayList<>();
    private final List<Long> ladders = new ArrayList<>();
    private final List<Long> goneLadders = new ArrayList<>();

    PlannerState(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    List<Long> exposures() {
        return exposures;
    }

    /** Notes a new exposure; SQLite may give it the id of one deleted before. */
    void added(long exposure) {
        exposures.add(exposure);
        gone.remove(Long.valueOf(exposure));
    }

    void deleted(long exposure) {
        exposures.remove(Long.valueOf(exposure));
        gone.add(exposure);
    }

    void addedLadder(long ladder) {
        ladders.add(ladder);
        goneLadders.remove(Long.valueOf(ladder));
    }

    void deletedLadder(long ladder) {
        ladders.remove(Long.valueOf(ladder));
        goneLadders.add(ladder);
    }

    /** An exposure in the journal, mostly; one that is not, now and then. */
    long exposureOrMissing() {
        if (exposures.isEmpty() || random.nextInt(10) == 0) {
            return missing(gone);
        }
        return exposures.get(random.nextInt(exposures.size()));
    }

    /** An exposure that is done, when a few tries find one; else any. */
    long doneExposure(ExposurePlanner planner) {
        for (int i = 0; i < 6 && !exposures.isEmpty(); i++) {
            long id = exposures.get(random.nextInt(exposures.size()));
            if (planner.find(id).map(e -> e.isDone()).orElse(false)) {
                return id;
            }
        }
        return exposureOrMissing();
    }

    Long ladderOrNull() {
        return ladders.isEmpty() ? null : ladders.get(random.nextInt(ladders.size()));
    }

    /** A ladder in the journal, mostly; one that is not, now and then. */
    long ladderOrMissing() {
        if (ladders.isEmpty() || random.nextInt(10) == 0) {
            return missingLadder();
        }
        return ladders.get(random.nextInt(ladders.size()));
    }

    long missingLadder() {
        return missing(goneLadders);
    }

    /** One of {@code values}, or now and then none. */
    @SafeVarargs
    final <T> T maybe(T... values) {
        return random.nextInt(4) == 0 ? null : values[random.nextInt(values.length)];
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private long missing(List<Long> deleted) {
        if (!deleted.isEmpty() && random.nextBoolean()) {
            return deleted.get(random.nextInt(deleted.size()));
        }
        return NEVER_THERE[random.nextInt(NEVER_THERE.length)];
    }
}
