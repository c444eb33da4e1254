package org.goodenough.planner;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.DayTally;

/**
 * One plain sentence for each figure, worked out from the figure itself. They report what
 * happened and never grade it: a fear that came true, or distress above what was expected, is
 * said as calmly as the rest. The sentences come from the planner's bundle
 * ({@link Sentences}), whole, with the figures filled in.
 */
final class InsightCaptions {

    private InsightCaptions() {
    }

    static String calibration(DayTally total, String period) {
        int noted = total.outcomesNoted();
        if (noted == 0) {
            return Sentences.get("insight.calibration.none");
        }
        String which = Sentences.get("insight.which.outcome");
        if (total.notHappened() == 0) {
            return Sentences.format("insight.calibration.allHappened",
                    share(noted, noted, total.done(), which), period);
        }
        String sentence = Sentences.format("insight.calibration.notHappened",
                share(total.notHappened(), noted, total.done(), which), period);
        if (total.partly() > 0) {
            sentence += Sentences.format("insight.calibration.partly", count(total.partly()));
        }
        return sentence + Sentences.get("insight.end");
    }

    static String distress(DayTally total, String period) {
        int pairs = total.distressPairs();
        if (pairs == 0) {
            return Sentences.get("insight.distress.none");
        }
        String which = Sentences.get("insight.which.ratings");
        if (total.peakBelow() == 0) {
            return Sentences.format("insight.distress.notBelow",
                    share(pairs, pairs, total.done(), which), period);
        }
        String sentence = Sentences.format("insight.distress.below",
                share(total.peakBelow(), pairs, total.done(), which), period);
        long below = Math.round((total.expectedSum() - total.peakSum()) / (double) pairs);
        if (pairs > 1 && below > 0) {
            sentence += Sentences.format("insight.distress.average", below);
        }
        return sentence + Sentences.get("insight.end");
    }

    static String likelihood(DayTally total, String period) {
        int pairs = total.likelihoodPairs();
        if (pairs == 0) {
            return Sentences.get("insight.likelihood.none");
        }
        long before = Math.round(total.likelihoodBeforeSum() / (double) pairs);
        long after = Math.round(total.likelihoodAfterSum() / (double) pairs);
        if (pairs == 1) {
            return Sentences.format("insight.likelihood.one", share(1, 1, total.done(),
                    Sentences.get("insight.which.likelihood")), period, before, after);
        }
        return pairs == total.done()
                ? Sentences.format("insight.likelihood.average", period, before, after)
                : Sentences.format("insight.likelihood.averageSome", count(pairs), period, before,
                        after);
    }

    static String areas(List<AreaCount> counts, String period) {
        int done = counts.stream().mapToInt(AreaCount::count).sum();
        if (done == 0) {
            return Sentences.get("insight.areas.none");
        }
        Map<Category, Integer> byArea = new EnumMap<>(Category.class);
        for (AreaCount count : counts) {
            if (count.category() != null) {
                byArea.merge(count.category(), count.count(), Integer::sum);
            }
        }
        String did = done == 1 ? Sentences.format("insight.areas.didOne", period)
                : Sentences.format("insight.areas.did", count(done), period);
        if (byArea.isEmpty()) {
            return Sentences.format(done == 1 ? "insight.areas.noAreaOne" : "insight.areas.noArea",
                    did);
        }
        int most = Collections.max(byArea.values());
        List<String> top = byArea.entrySet().stream()
                .filter(entry -> entry.getValue() == most)
                .map(entry -> Sentences.get("insight.category." + entry.getKey().name()))
                .toList();
        if (byArea.size() == 1) {
            return most == done
                    ? Sentences.format(done == 1 ? "insight.areas.oneAreaOne" : "insight.areas.oneAreaAll",
                            did, top.get(0))
                    : Sentences.format("insight.areas.oneAreaSome", did, count(most), top.get(0));
        }
        did = Sentences.format("insight.areas.across", did, byArea.size());
        if (most == 1) {
            return Sentences.format("insight.areas.oneEach", did);
        }
        return Sentences.format(top.size() == 1 ? "insight.areas.most" : "insight.areas.mostEach",
                did, joined(top), count(most));
    }

    /** "a, b and c". */
    private static String joined(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : Sentences.format("insight.and", String.join(", ", words.subList(0, words.size() - 1)),
                        words.get(words.size() - 1));
    }

    static String repeats(String mistake, List<RepeatsFigure.Time> times) {
        if (times.size() == 1) {
            return Sentences.format("insight.repeats.once", mistake);
        }
        RepeatsFigure.Time first = times.get(0);
        RepeatsFigure.Time latest = times.get(times.size() - 1);
        if (first.peak() != null && latest.peak() != null) {
            return Sentences.format("insight.repeats.peaks", times.size(), mistake, first.peak(),
                    latest.peak());
        }
        if (first.likelihoodBefore() != null && latest.likelihoodBefore() != null) {
            return Sentences.format("insight.repeats.likelihood", times.size(), mistake,
                    first.likelihoodBefore(), latest.likelihoodBefore());
        }
        return Sentences.format("insight.repeats.unrated", mistake, times.size());
    }

    /**
     * {@code part} of {@code whole} exposures: "3 of your 5 exposures", "both of your
     * exposures", "your one exposure". When the whole is only some of the {@code done}
     * exposures, {@code which} says which: "3 of the 5 exposures with an outcome noted".
     */
    private static String share(int part, int whole, int done, String which) {
        boolean everyOne = whole == done;
        if (whole == 1) {
            return everyOne ? Sentences.get("insight.share.one")
                    : Sentences.format("insight.share.oneWhich", which);
        }
        if (part == whole) {
            if (whole == 2) {
                return everyOne ? Sentences.get("insight.share.both")
                        : Sentences.format("insight.share.bothWhich", which);
            }
            return everyOne ? Sentences.format("insight.share.all", count(whole))
                    : Sentences.format("insight.share.allWhich", count(whole), which);
        }
        return everyOne ? Sentences.format("insight.share.part", count(part), count(whole))
                : Sentences.format("insight.share.partWhich", count(part), count(whole), which);
    }

    /** A count as people read it: 12,345. */
    private static String count(long number) {
        return Sentences.count(number);
    }
}
