package org.goodenough.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
     * The SQLite date modifier that turns a stored UTC instant into the day it was in
     * {@code zone}. It uses the zone's offset today, so on the night a clock changes an
     * exposure may count on the day beside its own.
     */
    static String toLocal(ZoneId zone) {
        return zone.getRules().getOffset(Instant.now()).getTotalSeconds() + " seconds";
    }
}
