package org.goodenough.planner;

import org.goodenough.domain.DayTally;

/** The exposures done in one stretch of time (a day, week, month or year), added up. */
public record Bucket(String label, DayTally tally) {
}
