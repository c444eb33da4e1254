package org.goodenough.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Local days, as the journal's text columns compare them: instants are kept in UTC, so a day's
 * bounds become the instants its start and its end fall on in the person's zone.
 */
final class Days {

    private static final String EARLIEST = "0000-01-01T00:00:00.000Z";
    private static final String LATEST = "9999-12-31T23:59:59.999Z";

    private Days() {
    }

    /** The first instant of {@code day}, or the earliest there is for an open start. */
    static String start(LocalDate day, ZoneId zone) {
        return day == null ? EARLIEST : Columns.instantText(day.atStartOfDay(zone).toInstant());
    }

    /** The first instant after {@code day}, or beyond the latest there is for an open end. */
    static String end(LocalDate day, ZoneId zone) {
        return day == null ? LATEST : Columns.instantText(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A plan's day as text, with open ends standing for the earliest and the latest. */
    static String planned(LocalDate day, boolean end) {
        return day != null ? day.toString() : end ? "9999-12-31" : "0000-01-01";
    }

    /**
     * Appends the day {@code column} (a stored UTC instant) was in {@code zone}, exact for
     * every instant from {@code first} to {@code last}: each stretch between two changes of the
     * zone's offset (summer time, say) gets its own offset.
     */
    static SqlQuery localDay(SqlQuery query, String column, ZoneId zone, Instant first,
                             Instant last) {
        ZoneRules rules = zone.getRules();
        StringBuilder sql = new StringBuilder("date(" + column + ", CASE");
        List<Object> values = new ArrayList<>();
        ZoneOffsetTransition change = rules.nextTransition(first);
        while (change != null && !change.getInstant().isAfter(last)) {
            sql.append(" WHEN ").append(column).append(" < ? THEN ?");
            values.add(Columns.instantText(change.getInstant()));
            values.add(modifier(change.getOffsetBefore()));
            change = rules.nextTransition(change.getInstant());
        }
        values.add(modifier(rules.getOffset(last)));
        if (values.size() == 1) {
            return query.add("date(" + column + ", ?)", values.toArray());
        }
        sql.append(" ELSE ? END)");
        return query.add(sql.toString(), values.toArray());
    }

    /** The SQLite date modifier that moves a UTC instant by {@code offset}. */
    private static String modifier(ZoneOffset offset) {
        return offset.getTotalSeconds() + " seconds";
    }
}
