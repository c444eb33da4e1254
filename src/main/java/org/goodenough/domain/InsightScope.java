package org.goodenough.domain;

import java.time.LocalDate;

/**
 * Which done exposures a figure covers: those done from {@code from} to {@code to} (both days
 * included; either may be open), on one ladder and in one area when those are given.
 */
public record InsightScope(LocalDate from, LocalDate to, Long ladderId, Category category) {

    public InsightScope {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The first day " + from + " is after the last " + to);
        }
    }

    /** Every done exposure in the journal. */
    public static InsightScope everything() {
        return new InsightScope(null, null, null, null);
    }
}
