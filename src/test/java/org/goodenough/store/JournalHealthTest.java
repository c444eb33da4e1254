package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JournalHealth#inspect}: what a file is like, learnt without changing or creating it. */
class JournalHealthTest {

    @TempDir
    Path folder;

    @Test
    void aWholeJournalIsOursCurrentAndOpensHere() throws Exception {
        Path file = TestJournals.withManyPlans(folder.resolve("journal.db"), "Plan", 20);
        byte[] before = Files.readAllBytes(file);

        JournalHealth health = JournalHealth.inspect(file);

        assertEquals(new JournalHealth(Migrations.LATEST, true, List.of()), health);
        assertTrue(health.opensHere());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("journal.db"), TestJournals.names(folder), "no -wal or -shm appears");
    }

    @Test
    void anOlderJournalTellsItsVersionAndStaysAtIt() throws Exception {
        Path file = folder.resolve("old.db");
        TestJournals.versionTwo(file);
        JournalHealth health = JournalHealth.inspect(file);
        assertEquals(2, health.schemaVersion());
        assertTrue(health.opensHere());
        assertEquals(2, JournalHealth.inspect(file).schemaVersion());
    }

    @Test
    void aDamagedJournalNamesItsProblemsAndIsLeftAsItWas() throws Exception {
        Path file = TestJournals.withManyPlans(folder.resolve("journal.db"), "Plan", 300);
        TestJournals.changeByteOf(file, "uid-150Plan", 6);
        byte[] before = Files.readAllBytes(file);

        JournalHealth health = JournalHealth.inspect(file);

        assertFalse(health.whole());
        assertFalse(health.opensHere());
        assertTrue(health.problems().get(0).contains("missing from index"), health.problems().toString());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotSqliteIsNotWholeAndNotOurs() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.db"), "shopping list\n".repeat(40));
        JournalHealth health = JournalHealth.inspect(file);
        assertFalse(health.ours());
        assertFalse(health.whole());
    }

    @Test
    void anotherProgramsDatabaseIsWholeButNotOurs() throws Exception {
        Path file = folder.resolve("recipes.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipe (name TEXT)");
        }
        JournalHealth health = JournalHealth.inspect(file);
        assertTrue(health.whole());
        assertFalse(health.ours());
        assertFalse(health.opensHere());
    }

    @Test
    void aMissingFileIsSaidToBeMissingAndNotCreated() {
        Path file = folder.resolve("missing.db");
        StoreException missing = assertThrows(StoreException.class, () -> JournalHealth.inspect(file));
        assertTrue(missing.getMessage().contains("There is no journal file"), missing.getMessage());
        assertFalse(Files.exists(file));
    }
}
