package org.goodenough.planner;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The stretches of time the insights can look at. */
public enum InsightPeriod {
    LAST_30_DAYS("The last 30 days"),
    LAST_3_MONTHS("The last 3 months"),
    LAST_12_MONTHS("The last 12 months"),
    ALL_TIME("All time"),
    BETWEEN("Between two days");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final String label;

    InsightPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first day the period covers, counted back from {@code today}; null when open. */
    LocalDate first(LocalDate today, LocalDate chosen) {
        return switch (this) {
            case LAST_30_DAYS -> today.minusDays(29);
            case LAST_3_MONTHS -> today.minusMonths(3).plusDays(1);
            case LAST_12_MONTHS -> today.minusYears(1).plusDays(1);
            case ALL_TIME -> null;
            case BETWEEN -> chosen;
        };
    }

    /** The last day the period covers; null when open. */
    LocalDate last(LocalDate today, LocalDate chosen) {
        return switch (this) {
            case ALL_TIME -> null;
            case BETWEEN -> chosen;
            default -> today;
        };
    }

    /** How a caption names the period: "in the last 30 days", "so far". */
    String phrase(LocalDate first, LocalDate last) {
        return switch (this) {
            case LAST_30_DAYS -> "in the last 30 days";
            case LAST_3_MONTHS -> "in the last 3 months";
            case LAST_12_MONTHS -> "in the last 12 months";
            case ALL_TIME -> "so far";
            case BETWEEN -> first == null && last == null ? "so far"
                    : first == null ? "up to " + DAY.format(last)
                    : last == null ? "since " + DAY.format(first)
                    : "between " + DAY.format(first) + " and " + DAY.format(last);
        };
    }
}
