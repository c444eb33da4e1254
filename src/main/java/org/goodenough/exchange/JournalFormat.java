package org.goodenough.exchange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The fixed names and forms of the journal's JSON export, version {@value #VERSION}; see
 * {@code docs/journal-format.md}. Writer and reader both take their words from here.
 */
final class JournalFormat {

    static final String FORMAT = "good-enough-journal";
    static final int VERSION = 1;

    /** Instants always in UTC with milliseconds, as the journal stores them. */
    static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private JournalFormat() {
    }

    static String instant(Instant value) {
        return value == null ? null : INSTANT.format(value);
    }
}
