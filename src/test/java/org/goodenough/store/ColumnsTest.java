package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts and instants read back exactly as they were written, whichever way they were written. */
class ColumnsTest {

    @TempDir
    Path folder;

    @Test
    void everyTextReadsBackAsItWasWrittenAndNullStaysNull() throws Exception {
        List<String> texts = java.util.Arrays.asList("Send it with one typo", "", "café, naïve, Ærø",
                "Schön 😊 and 𝄞", "line one\nline two\ttab", "ё, ø, ı, ß", "\u0000 inside", null);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("t.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (i INTEGER PRIMARY KEY, x TEXT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < texts.size(); i++) {
                    insert.setInt(1, i);
                    Columns.text(insert, 2, texts.get(i));
                    insert.executeUpdate();
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT x FROM t ORDER BY i")) {
                for (String text : texts) {
                    assertTrue(row.next(), "a row for every text written");
                    assertEquals(text, Columns.text(row, "x"));
                    assertEquals(row.getString("x"), Columns.text(row, "x"), "as the driver reads it");
                }
                assertFalse(row.next());
            }
        }
    }

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
