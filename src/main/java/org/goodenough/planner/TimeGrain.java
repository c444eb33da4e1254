package org.goodenough.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** How finely figures over time are grouped: finer for short stretches, coarser for long ones. */
enum TimeGrain {
    DAY("d MMM"),
    WEEK("d MMM"),
    MONTH("MMM yyyy"),
    YEAR("yyyy");

    private final String pattern;

    TimeGrain(String pattern) {
        this.pattern = pattern;
    }

    /** The grain that keeps a stretch from {@code first} to {@code last} to a readable number of bars. */
    static TimeGrain spanning(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        if (days <= 31) {
            return DAY;
        }
        if (days <= 26 * 7) {
            return WEEK;
        }
        return days <= 5 * 366 ? MONTH : YEAR;
    }

    /** The first day of the group {@code day} falls in. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    String label(LocalDate start) {
        return DateTimeFormatter.ofPattern(pattern, Sentences.locale()).format(start);
    }

    /** "Week, by its Monday": what one bar or point on a time axis stands for. */
    String axisName() {
        return Sentences.get("grain.axis." + name());
    }

    /** "each week", for saying what one point of a chart stands for. */
    String each() {
        return Sentences.get("grain.each." + name());
    }
}
