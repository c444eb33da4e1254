package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new journal's very first write goes through a rollback journal (-journal) before the file
 * is switched to write-ahead logging. The crash suite found that a kill in that moment leaves
 * a file the app then refused for good, as "read-only": the read-only look before opening
 * cannot undo the cut-short write. Such a file held nothing yet, so it must open as new.
 *
 * <p>The state is made here without a kill: a write too big for SQLite's page cache spills
 * into the file while the transaction is still open, and the file and its -journal are copied
 * at that moment, which is what a killed process leaves behind.
 */
class CutShortCreationTest {

    private static final byte[] JOURNAL_MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9,
            0x20, (byte) 0xa1, 0x63, (byte) 0xd7};

    @TempDir
    Path folder;

    /**
     * @param wholeBeforeTheEnd whether all the new pages were in the file (the kill came between
     *                          writing them and removing the -journal, as in the suite), or only
     *                          some, without the header page
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aJournalWhoseFirstWriteWasCutShortOpensAsANewJournal(boolean wholeBeforeTheEnd)
            throws Exception {
        Path file = cutShortFirstWrite(folder.resolve("journal.db"), 0, wholeBeforeTheEnd);
        JournalHealth health = JournalHealth.inspect(file);
        assertTrue(health.whole() && health.schemaVersion() == 0, "a check sees an empty file: " + health);
        assertTrue(Files.exists(JournalFiles.beside(file, "-journal")), "and changes nothing");

        try (Journal journal = Journal.open(file)) {
            assertEquals(0, journal.exposures().count(JournalSection.UPCOMING));
            journal.exposures().add(Plan.of("Send it with the typo"), null, Instant.now());
        }
        assertFalse(Files.exists(JournalFiles.beside(file, "-journal")), "the cut-short write was undone");
        try (Journal journal = Journal.open(file)) {
            assertEquals(1, journal.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aCutShortWriteToADatabaseThatHeldSomethingIsStillNotOpenedBlindly() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text TEXT)");
            statement.execute("INSERT INTO note VALUES ('another program''s data')");
        }
        cutShortFirstWrite(file, 2, true);

        assertThrows(StoreException.class, () -> Journal.open(file).close());
        assertTrue(Files.exists(JournalFiles.beside(file, "-journal")), "nothing was undone");
    }

    /**
     * Leaves at {@code file} what a process killed in the middle of a big write leaves: a hot
     * -journal that can undo the write, and the database with the new pages written, all of
     * them or only those that spilled out of SQLite's cache.
     *
     * @param pagesBefore how many pages the database held before the write, as the -journal says
     */
    private Path cutShortFirstWrite(Path file, int pagesBefore, boolean whole) throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        Path live = work.resolve(file.getFileName());
        Path committed = work.resolve("committed-" + file.getFileName());
        if (Files.exists(file)) {
            Files.copy(file, committed);
            Files.move(file, live);
        } else {
            Files.createFile(live);
            Files.createFile(committed);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + live);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = 2");
            statement.execute("BEGIN IMMEDIATE");
            fill(statement);
            Files.copy(live, file);
            Files.copy(JournalFiles.beside(live, "-journal"), JournalFiles.beside(file, "-journal"));
            statement.execute("ROLLBACK");
        }
        if (whole) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + committed);
                 Statement statement = connection.createStatement()) {
                fill(statement);
            }
            Files.copy(committed, file, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.size(file) > 0, "pages were written before the end of the write");
        assertEquals(pagesBefore, pagesBeforeTheWrite(JournalFiles.beside(file, "-journal")));
        return file;
    }

    private static void fill(Statement statement) throws Exception {
        statement.execute("CREATE TABLE filler (bytes BLOB)");
        statement.execute("INSERT INTO filler SELECT randomblob(3000) FROM"
                + " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)"
                + " SELECT i FROM n)");
    }

    /** The -journal's header: SQLite's magic, then at byte 16 the database's size before, in pages. */
    private static int pagesBeforeTheWrite(Path rollbackJournal) throws Exception {
        byte[] header;
        try (InputStream in = Files.newInputStream(rollbackJournal)) {
            header = in.readNBytes(28);
        }
        for (int i = 0; i < JOURNAL_MAGIC.length; i++) {
            assertEquals(JOURNAL_MAGIC[i], header[i], "a hot journal starts with SQLite's magic");
        }
        return ByteBuffer.wrap(header).getInt(16);
    }
}
