package org.goodenough.planner;

import org.goodenough.domain.Category;
import java.time.LocalDate;

/**
 * What the person chose to look at: a period ({@code from} and {@code to} count only for
 * {@link InsightPeriod#BETWEEN}, and either may be left open), and optionally one ladder or one
 * area.
 */
public record InsightRequest(InsightPeriod period, LocalDate from, LocalDate to, Long ladderId,
                             Category category) {

    public InsightRequest {
        period = period == null ? InsightPeriod.ALL_TIME : period;
    }

    public static InsightRequest allTime() {
        return new InsightRequest(InsightPeriod.ALL_TIME, null, null, null, null);
    }
}
