package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instants read back exactly as they were written, whichever way they were written. */
class ColumnsTest {

    @Test
    void everyInstantWrittenReadsBackTheSame() {
        for (String at : List.of("2026-11-23T09:00:00Z", "2024-02-29T23:59:59.999Z",
                "1969-12-31T23:59:59.001Z", "2000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z")) {
            Instant instant = Instant.parse(at);
            assertEquals(instant, Columns.instantOf(Columns.instantText(instant)), at);
        }
    }

    @Test
    void instantsWrittenByOtherMeansAreReadAsJavaReadsThemAndNonsenseIsRefused() {
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), Columns.instantOf("2026-11-23T09:00:00Z"));
        assertEquals(Instant.parse("2026-11-23T09:00:00.123456Z"),
                Columns.instantOf("2026-11-23T09:00:00.123456Z"));
        for (String nonsense : List.of("2026-02-30T09:00:00.000Z", "2026-13-01T09:00:00.000Z",
                "2026-11-23T25:00:00.000Z", "2026-11-2xT09:00:00.000Z", "yesterday")) {
            assertThrows(DateTimeParseException.class, () -> Columns.instantOf(nonsense), nonsense);
        }
    }
}
