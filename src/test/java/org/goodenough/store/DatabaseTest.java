package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import org.goodenough.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aNewJournalIsCreatedMigratedAndPrivate() throws Exception {
        Path file = folder.resolve("journal.db");
        try (Database database = Database.open(file)) {
            int version = database.read("read", Migrations::userVersion);
            assertEquals(Migrations.LATEST, version);
            assertEquals("wal", pragma(database, "journal_mode"));
            assertEquals("1", pragma(database, "foreign_keys"));
            assertEquals(Integer.toString(Database.APPLICATION_ID), pragma(database, "application_id"));
        }
        assertTrue(Files.exists(file));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void theSchemaHasAScriptForEveryVersion() {
        assertTrue(Migrations.LATEST >= 1);
        assertEquals(Migrations.LATEST, Database.currentSchemaVersion());
    }

    @Test
    void reopeningKeepsWhatWasSavedAndRunsNoMigrationTwice() {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            journal.exposures().add(Plan.of("Leave the bed unmade"), null, Instant.now());
        }
        try (Journal journal = Journal.open(file)) {
            assertEquals(1, journal.exposures().list(org.goodenough.domain.JournalSection.UPCOMING,
                    0, 10).size());
        }
    }

    @Test
    void aJournalFromANewerVersionIsRefusedAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("newer.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE exposure (id INTEGER PRIMARY KEY, future TEXT)");
            statement.execute("INSERT INTO exposure (future) VALUES ('written by a later version')");
            statement.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + (Migrations.LATEST + 5));
        }
        byte[] before = Files.readAllBytes(file);
        Set<Path> siblingsBefore = siblings();

        JournalRefusedException refused = assertThrows(JournalRefusedException.class,
                () -> Database.open(file));

        assertTrue(refused.getMessage().contains("newer version"), refused.getMessage());
        assertTrue(refused.getMessage().contains("has not been changed"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(siblingsBefore, siblings(), "no -wal or -shm file appears beside it");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndNeverOverwritten() throws Exception {
        Path file = folder.resolve("notes.db");
        byte[] text = "My shopping list, not a database at all.\n".repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        JournalRefusedException refused = assertThrows(JournalRefusedException.class,
                () -> Database.open(file));

        assertTrue(refused.getMessage().contains("not a SQLite database"), refused.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void aShortFileThatIsNotSqliteIsRefusedToo() throws Exception {
        Path file = folder.resolve("tiny.db");
        Files.write(file, new byte[] {1, 2, 3});
        assertThrows(JournalRefusedException.class, () -> Database.open(file));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUnchanged() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipes (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        JournalRefusedException refused = assertThrows(JournalRefusedException.class,
                () -> Database.open(file));
        assertTrue(refused.getMessage().contains("another program"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseWithItsOwnVersionIsRefusedUnchanged() throws Exception {
        Path file = folder.resolve("notes-app.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (body TEXT)");
            statement.execute("PRAGMA user_version = 1");
        }
        byte[] before = Files.readAllBytes(file);
        JournalRefusedException refused = assertThrows(JournalRefusedException.class,
                () -> Database.open(file));
        assertTrue(refused.getMessage().contains("another program"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aNewerVersionStillInTheWriteAheadLogIsRefusedToo() throws Exception {
        Path original = folder.resolve("live/journal.db");
        Files.createDirectories(original.getParent());
        Database.open(original).close();
        Path copy = folder.resolve("journal.db");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + original);
             Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
            // A crash now would leave the newer version only in the -wal file: copy that state.
            Files.copy(original, copy);
            Files.copy(Path.of(original + "-wal"), Path.of(copy + "-wal"));
        }
        assertEquals(Migrations.LATEST, JournalHeader.read(copy).userVersion(), "the header lags");
        byte[] before = Files.readAllBytes(copy);
        byte[] walBefore = Files.readAllBytes(Path.of(copy + "-wal"));

        JournalRefusedException refused = assertThrows(JournalRefusedException.class,
                () -> Database.open(copy));

        assertTrue(refused.getMessage().contains("newer version"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(copy));
        assertArrayEquals(walBefore, Files.readAllBytes(Path.of(copy + "-wal")));
    }

    @Test
    void anOpenJournalDoesNotShutOutOtherReaders() throws Exception {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            journal.exposures().add(Plan.of("Leave the bed unmade"), null, Instant.now());
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = other.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 0");
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("ROLLBACK");
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM exposure")) {
                    count.next();
                    assertEquals(1, count.getInt(1));
                }
            }
        }
    }

    @Test
    void anEmptyFileBecomesAJournal() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.db"));
        try (Database database = Database.open(file)) {
            assertEquals("wal", pragma(database, "journal_mode"));
        }
    }

    @Test
    void aMissingFolderIsExplainedAndNotCreated() {
        Path file = folder.resolve("no/such/folder/journal.db");
        StoreException problem = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(problem.getMessage().contains("does not exist"), problem.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void aFolderIsNotAJournal() throws IOException {
        Path file = Files.createDirectory(folder.resolve("journal.db"));
        StoreException problem = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(problem.getMessage().contains("is a folder"), problem.getMessage());
    }

    @Test
    void aReadOnlyFolderIsExplained() throws IOException {
        Path readOnly = ReadOnlyPlaces.folder(folder);
        Path file = readOnly.resolve("journal.db");
        StoreException problem = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(problem.getMessage().contains("Choose another place"), problem.getMessage());
        assertFalse(Files.exists(file));
    }

    private Set<Path> siblings() throws IOException {
        try (var files = Files.list(folder)) {
            return Set.copyOf(files.toList());
        }
    }

    private static String pragma(Database database, String name) {
        return database.read("read", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA " + name)) {
                result.next();
                return result.getString(1);
            }
        });
    }

}
