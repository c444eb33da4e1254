package org.goodenough.planner;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.goodenough.domain.DayLimits;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Suds;
import org.goodenough.domain.TextLimits;

/**
 * Reads what a person typed into one form, collecting every problem at once so all of them
 * can be shown together. Text is trimmed; blank text counts as skipped. Text may not hold
 * control characters (tab and line breaks aside) or broken surrogates, and days lie in the
 * years a journal keeps, so whatever is saved can be exported and imported again.
 */
final class InputCheck {

    static final int SHORT_TEXT = TextLimits.SHORT;
    static final int LONG_TEXT = TextLimits.LONG;

    /** Strict, so that 24:00 is not read as the start of the same day. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    /** ISO, then the way the window's language writes days, then the way this computer does. */
    private static List<DateTimeFormatter> dates() {
        return List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Sentences.locale()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Sentences.locale()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT));
    }

    private final Map<Field, String> problems = new EnumMap<>(Field.class);

    String required(Field field, String raw, String whatIsMissing) {
        String text = optional(field, raw, SHORT_TEXT);
        if (text == null && !problems.containsKey(field)) {
            problems.put(field, whatIsMissing);
        }
        return text;
    }

    String optional(Field field, String raw, int limit) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            problems.put(field, Sentences.format("check.tooLong", Sentences.count(length),
                    Sentences.count(limit)));
            return text;
        }
        int at = TextLimits.unkeepableAt(text);
        if (at >= 0) {
            problems.put(field, Sentences.format("check.unkeepable", unkeepable(text.charAt(at)),
                    before(text, at)));
        }
        return text;
    }

    /** Names a character no text may hold, for a person who cannot see it. */
    private static String unkeepable(char c) {
        String code = String.format("U+%04X", (int) c);
        return Sentences.format(Character.isSurrogate(c) ? "check.halfCharacter"
                : "check.controlCharacter", code);
    }

    /** Where a character is: after the few characters before it, which a person can find. */
    private static String before(String text, int at) {
        int from = at;
        for (int count = 0; count < 12 && from > 0; count++) {
            from = text.offsetByCodePoints(from, -1);
        }
        String shown = text.substring(from, at).codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        return shown.isEmpty() ? Sentences.get("check.atStart") : Sentences.format("check.after", shown);
    }

    Suds suds(Field field, String raw) {
        Integer value = whole(field, raw, Sentences.get("check.suds"));
        return value == null ? null : new Suds(value);
    }

    Percent percent(Field field, String raw) {
        Integer value = whole(field, raw, Sentences.get("check.percent"));
        return value == null ? null : new Percent(value);
    }

    /** A day written as 2026-11-24, or the way this computer's locale writes dates. */
    LocalDate date(Field field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        for (DateTimeFormatter format : dates()) {
            try {
                LocalDate day = LocalDate.parse(text, format);
                if (!sameDayOfMonth(format, text, day)) {
                    break;
                }
                if (!DayLimits.keeps(day.getYear())) {
                    problems.put(field, Sentences.format("check.yearTooFar", day.getYear(),
                            DayLimits.FIRST_YEAR, DayLimits.LAST_YEAR));
                    return null;
                }
                return day;
            } catch (DateTimeParseException e) {
                // try the next way of writing a day
            }
        }
        problems.put(field, Sentences.format("check.day", DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Sentences.locale())
                .format(LocalDate.of(2026, 11, 24))));
        return null;
    }

    /**
     * Whether the day of the month read is the one typed: a locale's way of writing days reads
     * "February 30" as the 28th, which is not what the person wrote.
     */
    private static boolean sameDayOfMonth(DateTimeFormatter format, String text, LocalDate day) {
        TemporalAccessor typed = format.parseUnresolved(text, new ParsePosition(0));
        return typed == null || !typed.isSupported(ChronoField.DAY_OF_MONTH)
                || typed.getLong(ChronoField.DAY_OF_MONTH) == day.getDayOfMonth();
    }

    LocalTime time(Field field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(raw.strip(), TIME);
        } catch (DateTimeParseException e) {
            problems.put(field, Sentences.get("check.time"));
            return null;
        }
    }

    private Integer whole(Field field, String raw, String rangeMessage) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (!text.matches("[0-9]{1,3}")) {
            problems.put(field, rangeMessage);
            return null;
        }
        int value = Integer.parseInt(text);
        if (value > 100) {
            problems.put(field, rangeMessage);
            return null;
        }
        return value;
    }

    /** Notes a problem, unless the field already has one. */
    void problem(Field field, String message) {
        problems.putIfAbsent(field, message);
    }

    /** Throws when any field had a problem; otherwise the values read are good to save. */
    void complete() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Refuses a stretch of days whose first day comes after its last. */
    static void daysInOrder(LocalDate first, LocalDate last) {
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidInputException(Map.of(Field.PERIOD, Sentences.get("check.daysInOrder")));
        }
    }
}
