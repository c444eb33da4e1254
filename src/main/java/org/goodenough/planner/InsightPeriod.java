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
            case LAST_30_DAYS, LAST_3_MONTHS, LAST_12_MONTHS, ALL_TIME ->
                    Sentences.get("insight.period." + name());
            case BETWEEN -> first == null && last == null ? Sentences.get("insight.period.ALL_TIME")
                    : first == null ? Sentences.format("insight.period.upTo", day(last))
                    : last == null ? Sentences.format("insight.period.since", day(first))
                    : Sentences.format("insight.period.between", day(first), day(last));
        };
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Sentences.locale())
                .format(date);
    }
}
