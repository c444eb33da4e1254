package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal opens without its full check only when it is exactly as this app closed it; any
 * other change sends it through the whole check again, and damage is still found.
 */
class JournalSealTest {

    @TempDir
    Path folder;

    private Path closedByTheApp() throws Exception {
        Path file = TestJournals.withManyPlans(folder.resolve("journal.db"),
                "Send the email with a typo, plan number", 300);
        // Written by another program last, so this open checks it in full, then seals it.
        Database.open(file).close();
        return file;
    }

    @Test
    void aJournalClosedByTheAppIsSealedAndOpensAsItWas() throws Exception {
        Path file = closedByTheApp();
        assertTrue(JournalSeal.holds(file));
        try (Journal journal = Journal.open(file)) {
            assertFalse(JournalSeal.holds(file), "an open journal is not sealed");
            journal.exposures().add(plan(), null, Instant.parse("2026-12-06T10:00:00Z"));
        }
        assertTrue(JournalSeal.holds(file));
        try (Journal journal = Journal.open(file)) {
            assertEquals(301, journal.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void oneByteChangedAfterClosingIsStillFoundAsDamage() throws Exception {
        Path file = closedByTheApp();
        // The same size and no log: only the file's time tells of the change.
        TestJournals.changeByteOf(file, "uid-150Send", 6);

        assertFalse(JournalSeal.holds(file));
        assertThrows(JournalDamagedException.class, () -> Database.open(file));
    }

    @Test
    void aCopyPutInItsPlaceIsCheckedInFull() throws Exception {
        Path file = closedByTheApp();
        Path copy = folder.resolve("copy.db");
        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);

        assertFalse(JournalSeal.holds(file), "another file, though with the same size and time");
    }

    @Test
    void aJournalLeftWithItsLogIsCheckedInFull() throws Exception {
        Path file = closedByTheApp();
        Files.write(JournalFiles.beside(file, "-wal"), new byte[] {1});

        assertFalse(JournalSeal.holds(file));
    }

    private static Plan plan() {
        return new Plan("Leave one dish unwashed", null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
