package org.goodenough.planner;

import static org.goodenough.planner.InputCheck.LONG_TEXT;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Rung;
import org.goodenough.domain.Suds;
import org.goodenough.store.ExposureRepository;
import org.goodenough.store.LadderRepository;
import org.goodenough.store.StoreException;
import org.goodenough.store.Reason;

/**
 * Ladders, one per fear or belief: their rungs in order from least to most feared, the
 * belief re-rated over time, and when a rung looks ready to climb from.
 */
public final class LadderPlanner {

    /** How many exposures standing alone are offered for adding to a ladder. */
    static final int CANDIDATES = 300;

    private static final Comparator<Rung> BY_EXPECTED_DISTRESS = Comparator
            .comparing(Rung::expectedDistress, Comparator.nullsLast(Comparator.comparing(Suds::value)))
            .thenComparing(rung -> rung.series().get(0).createdAt())
            .thenComparing(Rung::seriesId);

    private final LadderRepository ladders;
    private final ExposureRepository exposures;
    private final Clock clock;

    public LadderPlanner(LadderRepository ladders, ExposureRepository exposures, Clock clock) {
        this.ladders = ladders;
        this.exposures = exposures;
        this.clock = clock;
    }

    public Ladder create(LadderInput input) {
        Checked checked = check(input);
        return ladders.add(checked.name(), checked.belief(), checked.strength(), now());
    }

    /** Changes the name and belief; a changed strength is added to the belief's history. */
    public Ladder edit(long id, LadderInput input) {
        Checked checked = check(input);
        existing(id);
        return ladders.update(id, checked.name(), checked.belief(), checked.strength(), now());
    }

    /** Records how strongly the belief is held today; earlier ratings are kept. */
    public Ladder rateBelief(long id, String strength) {
        InputCheck check = new InputCheck();
        Percent rated = check.percent(Field.BELIEF_STRENGTH, strength);
        if (rated == null) {
            check.problem(Field.BELIEF_STRENGTH, Sentences.get("check.beliefStrength"));
        }
        check.complete();
        existing(id);
        return ladders.rateBelief(id, rated, now());
    }

    /** Every ladder by name, in the order of the language the app speaks (see {@link NameOrder}). */
    public List<Ladder> all() {
        NameOrder names = new NameOrder(Locale.getDefault(Locale.Category.FORMAT));
        List<Ladder> all = new ArrayList<>(ladders.all());
        all.sort(Comparator.comparing(Ladder::name, names).thenComparingLong(Ladder::id));
        return all;
    }

    public Optional<Ladder> find(long id) {
        return ladders.find(id);
    }

    public LadderOverview overview(long id) {
        Ladder ladder = existing(id);
        List<Rung> rungs = rungs(ladder);
        return new LadderOverview(ladder, rungs, ladders.beliefHistory(id), Pacing.climb(rungs));
    }

    /** The ladder's rungs in order: by hand if the person ordered them, else by expected distress. */
    public List<Rung> rungs(long id) {
        return rungs(existing(id));
    }

    private List<Rung> rungs(Ladder ladder) {
        Map<Long, List<Exposure>> bySeries = new LinkedHashMap<>();
        for (Exposure exposure : exposures.onLadder(ladder.id())) {
            bySeries.computeIfAbsent(exposure.seriesId(), key -> new ArrayList<>()).add(exposure);
        }
        Map<Long, Integer> positions = ladder.orderedByHand()
                ? ladders.rungPositions(ladder.id()) : Map.of();
        List<Rung> rungs = new ArrayList<>();
        bySeries.forEach((series, members) -> rungs.add(new Rung(members, positions.get(series))));
        rungs.sort(BY_EXPECTED_DISTRESS);
        if (!ladder.orderedByHand()) {
            return rungs;
        }
        List<Rung> placed = new ArrayList<>(rungs.stream().filter(rung -> rung.position() != null)
                .sorted(Comparator.comparing(Rung::position)).toList());
        for (Rung added : rungs) {
            if (added.position() == null) {
                placed.add(placeFor(placed, added), added);
            }
        }
        return placed;
    }

    /**
     * Where a rung added after the person ordered the ladder goes: before the first rung that
     * is expected to be harder, so an easy new step does not land at the top.
     */
    private static int placeFor(List<Rung> placed, Rung added) {
        Suds expected = added.expectedDistress();
        if (expected != null) {
            for (int i = 0; i < placed.size(); i++) {
                Suds other = placed.get(i).expectedDistress();
                if (other != null && other.value() > expected.value()) {
                    return i;
                }
            }
        }
        return placed.size();
    }

    /**
     * Moves a rung up ({@code -1}) or down ({@code +1}) the ladder; from then on the ladder
     * keeps the order the person chose.
     */
    public LadderOverview move(long ladderId, long seriesId, int by) {
        List<Rung> rungs = new ArrayList<>(rungs(ladderId));
        int from = -1;
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).seriesId() == seriesId) {
                from = i;
            }
        }
        if (from < 0) {
            throw new StoreException(Reason.of("noLonger.rung"),
                    "That rung is no longer on the ladder.");
        }
        // In long, so that a move by a huge number stops at the end rather than wrapping round.
        int to = (int) Math.max(0, Math.min(rungs.size() - 1, (long) from + by));
        rungs.add(to, rungs.remove(from));
        ladders.orderByHand(ladderId, rungs.stream().map(Rung::seriesId).toList(), now());
        return overview(ladderId);
    }

    /** Lets the rungs follow expected distress again, least feared first. */
    public LadderOverview orderByDistress(long ladderId) {
        existing(ladderId);
        ladders.orderByDistress(ladderId, now());
        return overview(ladderId);
    }

    /** Adds an exposure that already exists, with its repeats, to a ladder as a rung. */
    public LadderOverview add(long ladderId, long exposureId) {
        existing(ladderId);
        Exposure exposure = exposures.find(exposureId).orElseThrow(
                () -> new StoreException(Reason.of("noLonger.exposure"),
                        "That exposure is no longer in the journal."));
        exposures.placeOnLadder(exposure.seriesId(), ladderId, now());
        return overview(ladderId);
    }

    /** Takes a rung, with its repeats, off its ladder; the exposures stay in the journal. */
    public LadderOverview takeOff(long ladderId, long seriesId) {
        existing(ladderId);
        exposures.placeOnLadder(seriesId, null, now());
        return overview(ladderId);
    }

    /** Exposures on no ladder yet, newest first: the ones that could be added to one. */
    public List<Exposure> standingAlone() {
        return exposures.withoutLadder(CANDIDATES);
    }

    /** When the exposure's rung looks ready to climb from, the advice to show with it. */
    public Optional<ClimbAdvice> climbFrom(Exposure exposure) {
        Long ladderId = exposure.plan().ladderId();
        if (ladderId == null || ladders.find(ladderId).isEmpty()) {
            return Optional.empty();
        }
        List<Rung> rungs = rungs(ladderId);
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).holds(exposure.id())) {
                return Pacing.readyToClimb(rungs.get(i))
                        ? Optional.of(new ClimbAdvice(rungs.get(i), Pacing.nextAfter(rungs, i)))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Deletes a ladder; its exposures stay in the journal, standing alone. */
    public void delete(long id) {
        existing(id);
        ladders.delete(id);
    }

    private static Checked check(LadderInput input) {
        InputCheck check = new InputCheck();
        String name = check.required(Field.LADDER_NAME, input.name(),
                Sentences.get("check.ladderName"));
        String belief = check.optional(Field.BELIEF, input.belief(), LONG_TEXT);
        Percent strength = check.percent(Field.BELIEF_STRENGTH, input.beliefStrength());
        check.complete();
        return new Checked(name, belief, strength);
    }

    /** A ladder's name, belief and strength once they passed the checks. */
    private record Checked(String name, String belief, Percent strength) {
    }

    private Ladder existing(long id) {
        return ladders.find(id).orElseThrow(
                () -> new StoreException(Reason.of("noLonger.ladder"),
                        "That ladder is no longer in the journal."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
