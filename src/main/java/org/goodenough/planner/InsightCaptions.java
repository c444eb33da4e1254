package org.goodenough.planner;

import java.util.Collections;
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
        String which = "with an outcome noted";
        if (total.notHappened() == 0) {
            return "In " + share(noted, noted, total.done(), which) + " " + period
                    + ", what you feared happened, at least in part; noticing how you coped is"
                    + " part of the learning too.";
        }
        String sentence = "In " + share(total.notHappened(), noted, total.done(), which) + " "
                + period + ", what you feared did not happen";
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
        String which = "with both ratings";
        if (total.peakBelow() == 0) {
            return "In " + share(pairs, pairs, total.done(), which) + " " + period
                    + ", your distress peaked at or above what you expected, and you went ahead"
                    + " all the same.";
        }
        String sentence = "In " + share(total.peakBelow(), pairs, total.done(), which) + " "
                + period + ", your distress peaked lower than you expected";
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
        String seemed = ", what you feared seemed " + before + " % likely beforehand and " + after
                + " % likely afterwards.";
        if (pairs == 1) {
            return "In " + share(1, 1, total.done(), "with a likelihood before and after") + " "
                    + period + seemed;
        }
        return (pairs == total.done() ? "On average " + period
                : "On average, in the " + count(pairs) + " exposures with a likelihood before and"
                        + " after " + period) + seemed;
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
            return did + "; give " + (done == 1 ? "it" : "them") + " an area to see where you have"
                    + " practised.";
        }
        int most = Collections.max(byArea.values());
        List<String> top = byArea.entrySet().stream()
                .filter(entry -> entry.getValue() == most)
                .map(entry -> entry.getKey().label().toLowerCase(Locale.ROOT))
                .toList();
        if (byArea.size() == 1) {
            return did + (most == done ? ", " + (done == 1 ? "" : "all ") + "about "
                    : ", " + count(most) + " of them about ") + top.get(0) + ".";
        }
        did += " across " + byArea.size() + " areas";
        if (most == 1) {
            return did + ", one in each.";
        }
        if (top.size() == 1) {
            return did + "; the most were about " + top.get(0) + " (" + count(most) + ").";
        }
        return did + "; the most were about " + joined(top) + " (" + count(most) + " each).";
    }

    /** "a, b and c". */
    private static String joined(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and "
                        + words.get(words.size() - 1);
    }

    static String repeats(String mistake, List<RepeatsFigure.Time> times) {
        if (times.size() == 1) {
            return "You did “" + mistake + "” once in what you chose; a longer period shows"
                    + " more of its repeats.";
        }
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

    /**
     * {@code part} of {@code whole} exposures: "3 of your 5 exposures", "both of your
     * exposures", "your one exposure". When the whole is only some of the {@code done}
     * exposures, {@code which} says which: "3 of the 5 exposures with an outcome noted".
     */
    private static String share(int part, int whole, int done, String which) {
        boolean everyOne = whole == done;
        if (whole == 1) {
            return everyOne ? "your one exposure" : "the one exposure " + which;
        }
        if (part == whole) {
            return (whole == 2 ? "both" : "all " + count(whole)) + " of "
                    + (everyOne ? "your exposures" : "the exposures " + which);
        }
        return count(part) + " of " + (everyOne ? "your " + count(whole) + " exposures"
                : "the " + count(whole) + " exposures " + which);
    }

    /** A count as people read it: 12,345. */
    private static String count(long number) {
        return String.format("%,d", number);
    }
}
