package org.goodenough.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Suds;

/** How dates and ratings read on screen. */
public final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private Wording() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : day(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }

    public static String when(Plan plan) {
        if (plan.date() == null) {
            return plan.time() == null ? "" : time(plan.time());
        }
        return plan.time() == null ? day(plan.date()) : day(plan.date()) + ", " + time(plan.time());
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String suds(Suds suds) {
        return suds == null ? "" : suds.value() + " / 100";
    }

    public static String percent(Percent percent) {
        return percent == null ? "" : percent.value() + " %";
    }

    /** The text cut to about {@code length} characters, for a title or a header. */
    public static String shortened(String text, int length) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= length) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, length)).strip() + "…";
    }

    /** The line under an exposure's name in the lists. */
    public static String listLine(Exposure exposure) {
        Plan plan = exposure.plan();
        StringBuilder line = new StringBuilder();
        switch (exposure.status()) {
            case DONE -> line.append("Done ").append(day(exposure.doneAt()));
            case PLANNED -> line.append(plan.date() == null ? "Any time" : when(plan));
            default -> line.append(exposure.status().label());
        }
        if (plan.category() != null) {
            line.append(" · ").append(plan.category().label());
        }
        if (plan.stakes() != null) {
            line.append(" · ").append(plan.stakes().label().toLowerCase(Locale.ROOT))
                    .append(" stakes");
        }
        return line.toString();
    }
}
