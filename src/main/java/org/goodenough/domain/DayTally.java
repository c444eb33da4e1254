package org.goodenough.domain;

import java.time.LocalDate;

/**
 * What the exposures done on one day (or, summed, over a longer stretch) add up to. Ratings
 * count in pairs only: expected with peak distress, and likelihood before with after.
 *
 * @param done              exposures done
 * @param notHappened       of those, how many had the feared outcome noted as not happening
 * @param partly            … as partly happening
 * @param happened          … as happening
 * @param distressPairs     exposures with both expected and peak distress rated
 * @param expectedSum       their expected distress, summed
 * @param peakSum           their peak distress, summed
 * @param peakBelow         of the pairs, how many peaked below what was expected
 * @param peakAbove         … above what was expected
 * @param likelihoodPairs   exposures whose likelihood was rated before and after
 * @param likelihoodBeforeSum the likelihood before, summed
 * @param likelihoodAfterSum  the likelihood after, summed
 */
public record DayTally(LocalDate day, int done, int notHappened, int partly, int happened,
                       int distressPairs, long expectedSum, long peakSum, int peakBelow,
                       int peakAbove, int likelihoodPairs, long likelihoodBeforeSum,
                       long likelihoodAfterSum) {

    /** Nothing yet, dated {@code day}. */
    public static DayTally none(LocalDate day) {
        return new DayTally(day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Both tallies together, dated with this one's day. */
    public DayTally plus(DayTally other) {
        return new DayTally(day, done + other.done, notHappened + other.notHappened,
                partly + other.partly, happened + other.happened,
                distressPairs + other.distressPairs, expectedSum + other.expectedSum,
                peakSum + other.peakSum, peakBelow + other.peakBelow, peakAbove + other.peakAbove,
                likelihoodPairs + other.likelihoodPairs,
                likelihoodBeforeSum + other.likelihoodBeforeSum,
                likelihoodAfterSum + other.likelihoodAfterSum);
    }

    /** Exposures whose outcome was noted. */
    public int outcomesNoted() {
        return notHappened + partly + happened;
    }
}
