package org.goodenough.store;

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

    static Instant instant(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Instant.parse(value);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, ResultSet row, String column)
            throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
