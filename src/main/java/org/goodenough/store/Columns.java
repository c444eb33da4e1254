package org.goodenough.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.goodenough.domain.Percent;
import org.goodenough.domain.Suds;

/** Reads and writes the column types the journal uses, where NULL means "skipped". */
final class Columns {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Columns() {
    }

    static void text(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant) {
            throw new IllegalArgumentException("Store instants with instant(..)");
        }
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /** Instants are stored with a fixed width in UTC, so they also sort correctly as text. */
    static void instant(PreparedStatement statement, int index, Instant value) throws SQLException {
        text(statement, index, value == null ? null : instantText(value));
    }

    static String instantText(Instant value) {
        return INSTANT.format(value);
    }

    static void number(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void id(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static Integer number(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Long id(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer value(Suds suds) {
        return suds == null ? null : suds.value();
    }

    static Integer value(Percent percent) {
        return percent == null ? null : percent.value();
    }

    static Suds suds(ResultSet row, String column) throws SQLException {
        Integer value = number(row, column);
        return value == null ? null : new Suds(value);
    }

    static Percent percent(ResultSet row, String column) throws SQLException {
        Integer value = number(row, column);
        return value == null ? null : new Percent(value);
    }

    /**
     * A text column, null for NULL. Read as its UTF-8 bytes: the driver hands text over
     * through a buffer it makes anew for every value, which cost about twice as much, and
     * a search reads some 3,000 values a page.
     */
    static String text(ResultSet row, String column) throws SQLException {
        byte[] utf8 = row.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        String value = text(row, column);
        return value == null ? null : instantOf(value);
    }

    /**
     * An instant as {@link #instantText} writes it, read field by field: every row read holds
     * several, and {@link Instant#parse} took more than half of the time of turning a row into
     * an exposure.
     * Anything else is left to {@code Instant.parse}, which also says what is wrong with it.
     */
    static Instant instantOf(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int millis = digits(text, 20, 23);
        if ((year | month | day | hour | minute | second | millis) < 0 || hour > 23 || minute > 59
                || second > 59) {
            return Instant.parse(text);
        }
        long days;
        try {
            days = java.time.LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Instant.parse(text);
        }
        return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second,
                millis * 1_000_000L);
    }

    /** The decimal number in {@code text} from {@code from} to {@code to}, or -1 if not all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, ResultSet row, String column)
            throws SQLException {
        String value = text(row, column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
