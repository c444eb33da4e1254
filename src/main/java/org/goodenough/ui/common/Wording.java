package org.goodenough.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Plan;
import org.goodenough.domain.Suds;

/** How dates, numbers and ratings read on screen, in the language of the words ({@link Texts#locale()}). */
public final class Wording {

    private Wording() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Texts.locale()).format(date);
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
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Texts.locale())
                .format(time);
    }

    public static String suds(Suds suds) {
        return suds == null ? "" : Texts.format("common.suds", suds.value());
    }

    public static String percent(Percent percent) {
        return percent == null ? "" : Texts.format("common.percent", percent.value());
    }

    /** A count as the language writes it, such as 1,234 or 1.234. */
    public static String count(long count) {
        return NumberFormat.getIntegerInstance(Texts.locale()).format(count);
    }

    /** A number with one decimal, such as 1.5 or 1,5. */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Texts.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
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
            case DONE -> line.append(Texts.format("common.doneOn", day(exposure.doneAt())));
            case PLANNED -> line.append(plan.date() == null ? Texts.get("common.anyTime") : when(plan));
            default -> line.append(Words.of(exposure.status()));
        }
        if (plan.category() != null) {
            line.append(" · ").append(Words.of(plan.category()));
        }
        if (plan.stakes() != null) {
            line.append(" · ").append(Words.stakesInLine(plan.stakes()));
        }
        return line.toString();
    }
}
