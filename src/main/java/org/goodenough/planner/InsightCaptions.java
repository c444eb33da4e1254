package org.goodenough.planner;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goodenough.domain.AreaCount;
import org.goodenough.domain.Category;
import org.goodenough.domain.DayTally;

/**
 * One plain sentence for each figure, worked out from the figure itself. They report what
 * happened and never grade it: a fear that came true, or distress above what was expected, is
 * said as calmly as the rest.
 */
final class InsightCaptions {

    private InsightCaptions() {
    }

    static String calibration(DayTally total, String period) {
        int noted = total.outcomesNoted();
        if (noted == 0) {
            return "Once you note whether what you feared happened, this shows how often it did not.";
        }
        if (total.notHappened() == 0) {
            return "In " + share(noted, noted) + " " + period
                    + ", what you feared happened, at least in part; noticing how you coped is"
                    + " part of the learning too.";
        }
        String sentence = "In " + share(total.notHappened(), noted) + " " + period
                + ", what you feared did not happen";
        if (total.partly() > 0) {
            sentence += "; in " + count(total.partly()) + " it partly did";
        }
        return sentence + ".";
    }

    static String distress(DayTally total, String period) {
        int pairs = total.distressPairs();
        if (pairs == 0) {
            return "When you rate the distress you expect and, afterwards, how high it peaked,"
                    + " the two appear here side by side.";
        }
        if (total.peakBelow() == 0) {
            return "In " + share(pairs, pairs) + " " + period + ", your distress peaked at or"
                    + " above what you expected, and you went ahead all the same.";
        }
        String sentence = "In " + share(total.peakBelow(), pairs) + " " + period
                + ", your distress peaked lower than you expected";
        long below = Math.round((total.expectedSum() - total.peakSum()) / (double) pairs);
        if (pairs > 1 && below > 0) {
            sentence += "; on average the peak was " + below + " points below";
        }
        return sentence + ".";
    }

    static String likelihood(DayTally total, String period) {
        int pairs = total.likelihoodPairs();
        if (pairs == 0) {
            return "When you rate how likely your fear seems before and again afterwards,"
                    + " the two appear here.";
        }
        long before = Math.round(total.likelihoodBeforeSum() / (double) pairs);
        long after = Math.round(total.likelihoodAfterSum() / (double) pairs);
        return (pairs == 1 ? "In your one exposure " + period + ", you rated"
                : "On average " + period + ", you rated")
                + " what you feared " + before + " % likely beforehand and " + after
                + " % likely afterwards.";
    }

    static String areas(List<AreaCount> counts, String period) {
        int done = counts.stream().mapToInt(AreaCount::count).sum();
        if (done == 0) {
            return "The exposures you do will be counted here by area and by stakes.";
        }
        Map<Category, Integer> byArea = new EnumMap<>(Category.class);
        for (AreaCount count : counts) {
            if (count.category() != null) {
                byArea.merge(count.category(), count.count(), Integer::sum);
            }
        }
        String did = "You did " + (done == 1 ? "one exposure" : count(done) + " exposures") + " " + period;
        if (byArea.isEmpty()) {
            return did + "; give them an area to see where you have practised.";
        }
        Map.Entry<Category, Integer> most = byArea.entrySet().stream()
                .max(Map.Entry.<Category, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(
                                java.util.Comparator.reverseOrder())))
                .orElseThrow();
        String area = most.getKey().label().toLowerCase(Locale.ROOT);
        if (byArea.size() == 1) {
            return did + (most.getValue() == done ? ", " + (done == 1 ? "" : "all ") + "about "
                    : ", " + count(most.getValue()) + " of them about ") + area + ".";
        }
        return did + " across " + byArea.size() + " areas; the most were about " + area
                + " (" + count(most.getValue()) + ").";
    }

    static String repeats(String mistake, List<RepeatsFigure.Time> times) {
        String did = "the " + times.size() + " times you did “" + mistake + "”";
        RepeatsFigure.Time first = times.get(0);
        RepeatsFigure.Time latest = times.get(times.size() - 1);
        if (first.peak() != null && latest.peak() != null) {
            return "Across " + did + ", your distress peaked at " + first.peak()
                    + " the first time and at " + latest.peak() + " the latest time.";
        }
        if (first.likelihoodBefore() != null && latest.likelihoodBefore() != null) {
            return "Across " + did + ", what you feared seemed " + first.likelihoodBefore()
                    + " % likely before the first time and " + latest.likelihoodBefore()
                    + " % before the latest.";
        }
        return "You did “" + mistake + "” " + times.size() + " times; rate distress and"
                + " likelihood to see them here across the repeats.";
    }

    /** "3 of your 5 exposures", "all 5 of your exposures", "your one exposure". */
    private static String share(int part, int whole) {
        return whole == 1 ? "your one exposure"
                : part == whole ? "all " + count(whole) + " of your exposures"
                : count(part) + " of your " + count(whole) + " exposures";
    }

    /** A count as people read it: 12,345. */
    private static String count(long number) {
        return String.format("%,d", number);
    }
}
