package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged journal is found before anything writes to it, and is left exactly as it was. */
class DamagedJournalTest {

    @TempDir
    Path folder;

    private Path journalOfThreeHundredPlans() throws Exception {
        return TestJournals.withManyPlans(folder.resolve("journal.db"),
                "Send the email with a typo, plan number", 300);
    }

    @Test
    void aJournalWithABrokenPageIsRefusedAsDamagedAndLeftByteForByte() throws Exception {
        Path file = journalOfThreeHundredPlans();
        TestJournals.breakPageHolding(file, "plan number 150");
        byte[] before = Files.readAllBytes(file);
        Set<String> filesBefore = TestJournals.names(folder);

        JournalDamagedException damaged = assertThrows(JournalDamagedException.class,
                () -> Database.open(file));

        assertTrue(damaged.getMessage().contains("is damaged"), damaged.getMessage());
        assertTrue(damaged.getMessage().contains("has not been changed"), damaged.getMessage());
        assertEquals(file, damaged.file());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(filesBefore, TestJournals.names(folder), "no -wal, -shm or backup appears");
    }

    @Test
    void oneChangedByteThatEveryPageStillReadsIsFoundToo() throws Exception {
        Path file = journalOfThreeHundredPlans();
        // "uid-150" becomes "uid-15X" in the table, while its index still says "uid-150".
        TestJournals.changeByteOf(file, "uid-150Send", 6);
        byte[] before = Files.readAllBytes(file);

        assertThrows(JournalDamagedException.class, () -> Database.open(file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("journal.db"), TestJournals.names(folder));
    }

    @Test
    void aTruncatedJournalIsRefusedAsDamagedAndLeftByteForByte() throws Exception {
        Path file = journalOfThreeHundredPlans();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        byte[] before = Files.readAllBytes(file);

        assertThrows(JournalDamagedException.class, () -> Database.open(file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("journal.db"), TestJournals.names(folder));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAsDamagedAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("journal.db");
        byte[] text = "Dear diary, not a database.\n".repeat(300).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        JournalDamagedException damaged = assertThrows(JournalDamagedException.class,
                () -> Database.open(file));

        assertTrue(damaged.getMessage().contains("not a SQLite database"), damaged.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
        assertEquals(Set.of("journal.db"), TestJournals.names(folder));
    }

    @Test
    void aSqliteHeaderOverNonsenseIsRefusedAsDamaged() throws Exception {
        Path file = journalOfThreeHundredPlans();
        byte[] bytes = Files.readAllBytes(file);
        // Keep the first page, header included; scramble all the rest.
        int pageSize = TestJournals.pageSize(bytes);
        for (int i = pageSize; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);

        assertThrows(JournalDamagedException.class, () -> Database.open(file));

        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseIsStillOnlyRefusedNotCalledDamaged() throws Exception {
        Path file = folder.resolve("other.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipes (name TEXT)");
        }
        JournalRefusedException refused = assertThrows(JournalRefusedException.class,
                () -> Database.open(file));
        assertFalse(refused instanceof JournalDamagedException);
    }

    @Test
    void aWholeJournalOpensAndReportsNoProblems() throws Exception {
        Path file = journalOfThreeHundredPlans();
        try (Database database = Database.open(file)) {
            assertEquals(List.of(), database.integrityProblems());
        }
    }
}
