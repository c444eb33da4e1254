package org.goodenough.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One step of a ladder: a mistake and its repeats, which share a series.
 *
 * @param series   the series' exposures on this ladder, first to latest (never empty)
 * @param position its place when the ladder is ordered by hand, or {@code null}
 */
public record Rung(List<Exposure> series, Integer position) {

    public Rung {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A rung has at least one exposure");
        }
        series = List.copyOf(series);
    }

    public long seriesId() {
        return series.get(0).seriesId();
    }

    /** The latest exposure of the series, whatever its status. */
    public Exposure latest() {
        return series.get(series.size() - 1);
    }

    public String mistake() {
        return latest().plan().mistake();
    }

    public Stakes stakes() {
        return latest().plan().stakes();
    }

    /** The distress expected in the latest plan that gave one, or {@code null}. */
    public Suds expectedDistress() {
        for (int i = series.size() - 1; i >= 0; i--) {
            Suds expected = series.get(i).plan().expectedDistress();
            if (expected != null) {
                return expected;
            }
        }
        return null;
    }

    public List<Exposure> done() {
        return series.stream().filter(Exposure::isDone)
                .sorted(Comparator.comparing(Exposure::doneAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public int timesDone() {
        return done().size();
    }

    /** The peak distress of the latest time it was done that has one, or {@code null}. */
    public Suds latestPeak() {
        List<Exposure> done = done();
        for (int i = done.size() - 1; i >= 0; i--) {
            if (done.get(i).distress().peak() != null) {
                return done.get(i).distress().peak();
            }
        }
        return null;
    }

    /**
     * How likely the feared outcome seemed most recently: the latest re-rating after doing it,
     * or else the latest plan's estimate; {@code null} when never rated.
     */
    public Percent latestLikelihood() {
        for (int i = series.size() - 1; i >= 0; i--) {
            Exposure each = series.get(i);
            if (each.reflection() != null && each.reflection().likelihoodAfter() != null) {
                return each.reflection().likelihoodAfter();
            }
            if (each.plan().likelihood() != null) {
                return each.plan().likelihood();
            }
        }
        return null;
    }

    /** Whether the feared outcome came, each time it was done and noted, oldest first. */
    public List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Exposure each : done()) {
            if (each.reflection() != null && each.reflection().outcome() != null) {
                outcomes.add(each.reflection().outcome());
            }
        }
        return outcomes;
    }

    /** Whether this rung holds the given exposure. */
    public boolean holds(long exposureId) {
        return series.stream().anyMatch(each -> each.id() == exposureId);
    }
}
