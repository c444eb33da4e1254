package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.goodenough.domain.Exposure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Database#backupTo}: a whole, private copy of the journal, taken while it is in use. */
class OnlineBackupTest {

    @TempDir
    Path folder;

    @Test
    void theCopyHoldsWhatTheOpenJournalHoldsAndIsOwnerOnly() throws Exception {
        Path file = folder.resolve("journal.db");
        Path copy = folder.resolve("copy.sqlite");
        List<Exposure> saved;
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Leave one typo in the report", 5);
            saved = TestJournals.plans(journal);
            // The journal is open: what was just saved is still in its -wal file.
            assertTrue(Files.size(Path.of(file + "-wal")) > 0);
            journal.database().backupTo(copy);
        }

        assertEquals(Set.of("journal.db", "copy.sqlite"), TestJournals.names(folder),
                "nothing but the copy is left: no temporary file, no -wal beside it");
        assertTrue(JournalHealth.inspect(copy).opensHere());
        assertEquals(5, saved.size());
        assertEquals(saved, TestJournals.plans(copy));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        }
    }

    @Test
    void whatAnotherConnectionHasNotSavedStaysOutOfTheCopy() throws Exception {
        Path file = folder.resolve("journal.db");
        Path copy = folder.resolve("copy.sqlite");
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Send the draft unfinished", 3);
            List<Exposure> saved = TestJournals.plans(journal);
            long walSaved = Files.size(Path.of(file + "-wal"));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = other.createStatement()) {
                // A small cache makes SQLite spill the unsaved pages into the -wal file.
                statement.execute("PRAGMA cache_size = 10");
                statement.execute("BEGIN IMMEDIATE");
                try (PreparedStatement insert = other.prepareStatement("""
                        INSERT INTO exposure (uid, mistake, status, created_at, updated_at)
                        VALUES (?, ?, 'PLANNED', '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z')
                        """)) {
                    for (int i = 0; i < 3_000; i++) {
                        insert.setString(1, "unsaved-" + i);
                        insert.setString(2, "Not saved yet, number " + i + " ".repeat(200));
                        insert.executeUpdate();
                    }
                }
                assertTrue(Files.size(Path.of(file + "-wal")) > walSaved + 100_000,
                        "the unsaved changes sit in the -wal file");

                journal.database().backupTo(copy);

                statement.execute("ROLLBACK");
            }
            assertEquals(saved, TestJournals.plans(copy));
            assertTrue(JournalHealth.inspect(copy).whole());
        }
    }

    @Test
    void aCopyThatCannotBeMadeLeavesNothingBehind() throws Exception {
        Path file = folder.resolve("journal.db");
        Path target = folder.resolve("target.sqlite");
        Files.createDirectory(target);
        try (Database database = Database.open(file)) {
            StoreException failed = assertThrows(StoreException.class, () -> database.backupTo(target));
            assertTrue(failed.getMessage().contains("could not make a backup"), failed.getMessage());
        }
        assertTrue(Files.isDirectory(target), "the folder in the way is left as it was");
        assertEquals(Set.of("journal.db", "target.sqlite"), TestJournals.names(folder),
                "no temporary file is left");
        assertFalse(Files.exists(Path.of(file + "-wal")));
    }
}
