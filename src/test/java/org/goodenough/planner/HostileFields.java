package org.goodenough.planner;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Random;
import org.goodenough.HostileText;

/**
 * Field values for the planner's forms, each either good (kept, maybe trimmed or skipped) or
 * bad (to be refused), as the caller asks. What is good follows the rules the forms state:
 * text is trimmed and blank text skipped, at most 1,000 or 20,000 characters, with no control
 * characters but tab and line breaks and no broken surrogates; ratings are whole numbers from
 * 0 to 100, with or without %; days fall in the years 1000 to 9999; times are H:mm.
 */
final class HostileFields {

    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final long FIRST_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private static final List<String> BAD_RATINGS = List.of("-1", "101", "1000", "-0", "+5", "1e2",
            "NaN", "Infinity", "-Infinity", "4.5", "50.0", "0x10", "٤٥", "５０", "2147483648",
            "99999999999999999999", "-2147483648", "5 5", "%", "50%%", "%50", "50\u200B",
            "\u00005", "1; DROP TABLE exposure;--", "1' OR '1'='1", "½", "fifty", "١٠٠");
    private static final List<String> BAD_DAYS = List.of(LocalDate.MIN.toString(),
            LocalDate.MAX.toString(), "-999999999-01-01", "+10000-01-01", "0999-12-31",
            "0000-01-01", "-0001-06-15", "+1000000-06-15", "2026-02-30", "2025-02-29",
            "2026-13-01", "2026-00-10", "2026-11-31", "2026-11-24T10:00", "yesterday",
            "tomorrow", "2026-11-24 and 25", "'); DROP TABLE exposure;--", "NEAR(\" \"*");
    private static final List<String> BAD_TIMES = List.of("24:00", "25:00", "12:60", "-1:00",
            "12:30:00", "12", "noon", "12.30", "12h30", "1230", "9:5", "９:００", "12:30 PM",
            "\u000012:30", "99999999999:00", "23:59:60", "7:05\u200B");

    private final Random random;
    private final HostileText text;

    HostileFields(Random random, HostileText text) {
        this.random = random;
        this.text = text;
    }

    /** An answer that may be skipped. */
    Typed<String> optional(int limit, boolean bad) {
        if (bad) {
            return Typed.refused(badText(limit));
        }
        int roll = random.nextInt(100);
        if (roll < 15) {
            return Typed.kept(null, null);
        }
        if (roll < 25) {
            return Typed.kept(text.blank(), null);
        }
        String kept = text.keepableUpTo(limit);
        return Typed.kept(random.nextBoolean() ? text.padded(kept) : kept, kept);
    }

    /** An answer that must be given: a bad one is also missing or blank. */
    Typed<String> required(int limit, boolean bad) {
        if (bad && random.nextInt(4) == 0) {
            return Typed.refused(random.nextBoolean() ? null : text.blank());
        }
        if (bad) {
            return Typed.refused(badText(limit));
        }
        String kept = text.keepableUpTo(limit);
        return Typed.kept(random.nextBoolean() ? text.padded(kept) : kept, kept);
    }

    /** A 0–100 rating, as typed into a rating field. */
    Typed<Integer> rating(boolean bad) {
        if (bad) {
            return Typed.refused(badRating());
        }
        int roll = random.nextInt(100);
        if (roll < 20) {
            return Typed.kept(null, null);
        }
        if (roll < 25) {
            return Typed.kept(text.blank(), null);
        }
        int value = random.nextInt(101);
        String typed = switch (random.nextInt(6)) {
            case 0 -> value + "%";
            case 1 -> " " + value + " % ";
            case 2 -> text.padded(String.valueOf(value));
            case 3 -> value < 10 ? "0" + value : String.valueOf(value);
            case 4 -> value < 10 ? "00" + value : value < 100 ? "0" + value : "100";
            default -> String.valueOf(value);
        };
        return Typed.kept(typed, value);
    }

    /** A rating that must be given. */
    Typed<Integer> requiredRating(boolean bad) {
        Typed<Integer> rating = rating(bad);
        if (!bad && rating.value() == null) {
            return Typed.refused(rating.raw());
        }
        return rating;
    }

    Typed<LocalDate> day(boolean bad) {
        if (bad) {
            return Typed.refused(badDay());
        }
        int roll = random.nextInt(100);
        if (roll < 25) {
            return Typed.kept(null, null);
        }
        if (roll < 30) {
            return Typed.kept(text.blank(), null);
        }
        LocalDate day = random.nextInt(5) == 0
                ? LocalDate.ofEpochDay(FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY + 1)))
                : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4_000));
        if (random.nextInt(20) == 0) {
            day = random.nextBoolean() ? LocalDate.of(1000, 1, 1) : LocalDate.of(9999, 12, 31);
        }
        String typed = switch (random.nextInt(5)) {
            case 0 -> MEDIUM.format(day);
            case 1 -> text.padded(day.toString());
            default -> day.toString();
        };
        return Typed.kept(typed, day);
    }

    Typed<LocalTime> time(boolean bad) {
        if (bad) {
            return Typed.refused(random.nextInt(4) == 0 ? badText(40) : pick(BAD_TIMES));
        }
        int roll = random.nextInt(100);
        if (roll < 30) {
            return Typed.kept(null, null);
        }
        if (roll < 35) {
            return Typed.kept(text.blank(), null);
        }
        LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(60));
        String typed = switch (random.nextInt(3)) {
            case 0 -> String.format("%d:%02d", time.getHour(), time.getMinute());
            case 1 -> text.padded(String.format("%02d:%02d", time.getHour(), time.getMinute()));
            default -> String.format("%02d:%02d", time.getHour(), time.getMinute());
        };
        return Typed.kept(typed, time);
    }

    /** One of {@code count} fields to spoil, or none: whether each is bad. */
    boolean[] spoiled(int count) {
        boolean[] bad = new boolean[count];
        int roll = random.nextInt(100);
        if (roll < 50) {
            return bad;
        }
        if (roll < 85) {
            bad[random.nextInt(count)] = true;
            return bad;
        }
        for (int i = 0; i < count; i++) {
            bad[i] = random.nextInt(3) == 0;
        }
        return bad;
    }

    private String badText(int limit) {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return maybePadded(text.withControl(text.keepableUpTo(limit)));
        }
        if (roll < 60) {
            return maybePadded(text.withLoneSurrogate(text.keepableUpTo(limit)));
        }
        if (roll < 97) {
            return maybePadded(text.keepable(limit + 1 + random.nextInt(random.nextBoolean() ? 3 : 500)));
        }
        return text.megabyte();
    }

    private String badRating() {
        return switch (random.nextInt(5)) {
            case 0 -> String.valueOf(random.nextBoolean() ? 101 + random.nextInt(Integer.MAX_VALUE - 101)
                    : -1 - random.nextInt(Integer.MAX_VALUE));
            case 1 -> String.valueOf(random.nextLong() | Long.MIN_VALUE);
            case 2 -> text.keepable(1 + random.nextInt(12));
            default -> pick(BAD_RATINGS);
        };
    }

    private String badDay() {
        return switch (random.nextInt(4)) {
            case 0 -> MEDIUM.format(random.nextBoolean() ? LocalDate.of(10_000 + random.nextInt(1_000_000), 3, 1)
                    : LocalDate.of(1 + random.nextInt(999), 3, 1));
            case 1 -> MEDIUM.format(LocalDate.of(2026, 2, 28)).replace("28", random.nextBoolean() ? "30" : "31");
            default -> pick(BAD_DAYS);
        };
    }

    private String maybePadded(String typed) {
        return random.nextBoolean() ? text.padded(typed) : typed;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
