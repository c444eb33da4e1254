package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.goodenough.domain.JournalSection;
import org.goodenough.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults a person meets: a full disk, a read-only journal, the journal moved, deleted or
 * replaced while open, a missing folder. Each is told plainly, writes nothing half-way, and
 * leaves what was saved whole.
 */
class JournalFaultsTest {

    @TempDir
    Path folder;

    @Test
    void aFullDiskRefusesTheSaveAndKeepsEverythingSavedBefore() throws Exception {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Before", 3);
            long pages = pageCount(journal);
            journal.database().limitPages(pages);

            String big = "A long plan that needs new pages. ".repeat(4_000);
            StoreException full = assertThrows(StoreException.class,
                    () -> journal.exposures().add(Plan.of(big), null, TestJournals.WRITTEN));
            assertTrue(full.getMessage().contains("the disk is full"), full.getMessage());
            assertEquals(3, journal.exposures().count(JournalSection.UPCOMING));
            assertEquals(List.of(), journal.database().integrityProblems());

            // Once there is room again, the same save goes through.
            journal.database().limitPages(1_000_000);
            journal.exposures().add(Plan.of(big), null, TestJournals.WRITTEN);
            assertEquals(4, journal.exposures().count(JournalSection.UPCOMING));
        }
        try (Journal reopened = Journal.open(file)) {
            assertEquals(4, reopened.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aJournalMarkedReadOnlyIsNotOpenedForWriting() throws Exception {
        assumeTrue(posix());
        Path file = folder.resolve("journal.db");
        TestJournals.addPlans(file, "Kept", 2);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(file);

        StoreException refused = assertThrows(StoreException.class, () -> Journal.open(file));

        assertTrue(refused.getMessage().contains("is read-only"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aJournalOthersCouldReadIsNarrowedToItsOwnerWhenOpened() throws Exception {
        assumeTrue(posix());
        Path file = folder.resolve("journal.db");
        TestJournals.addPlans(file, "Kept", 1);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "More", 1);
            for (String name : List.of("journal.db", "journal.db-wal", "journal.db-shm")) {
                assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder.resolve(name))), name);
            }
        }
    }

    @Test
    void aJournalMadeReadOnlyWhileOpenRefusesSavesUntilItIsWritableAgain() throws Exception {
        assumeTrue(posix());
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Kept", 1);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

            StoreException refused = assertThrows(StoreException.class,
                    () -> TestJournals.addPlans(journal, "Refused", 1));
            assertTrue(refused.getMessage().contains("made read-only while Good Enough had it open"),
                    refused.getMessage());
            assertEquals(1, journal.exposures().count(JournalSection.UPCOMING));

            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            TestJournals.addPlans(journal, "Again", 1);
            assertEquals(2, journal.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aJournalDeletedWhileOpenRefusesSavesAndCanBePutBackWhole() throws Exception {
        Path file = folder.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Saved", 3);
            deleteWithItsLog(file);

            JournalMovedException moved = assertThrows(JournalMovedException.class,
                    () -> TestJournals.addPlans(journal, "Lost", 1));
            assertTrue(moved.gone());
            assertTrue(moved.getMessage().contains("no longer at " + file), moved.getMessage());

            journal.database().putBack();
            assertTrue(Files.exists(file));
        }
        try (Journal reopened = Journal.open(file)) {
            assertEquals(3, reopened.exposures().count(JournalSection.UPCOMING));
            assertEquals(List.of(), reopened.database().integrityProblems());
        }
    }

    @Test
    void aJournalMovedAwayWhileOpenIsLeftWhereItWentAndNotWrittenThere() throws Exception {
        Path file = folder.resolve("journal.db");
        Path elsewhere = folder.resolve("moved.db");
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Saved", 2);
            Files.move(file, elsewhere, StandardCopyOption.ATOMIC_MOVE);
            byte[] moved = Files.readAllBytes(elsewhere);

            assertThrows(JournalMovedException.class, () -> TestJournals.addPlans(journal, "Lost", 1));

            assertArrayEquals(moved, Files.readAllBytes(elsewhere), "the moved file was written");
        }
    }

    @Test
    void anotherFileInTheJournalsPlaceIsNeitherWrittenNorReplaced() throws Exception {
        Path file = folder.resolve("journal.db");
        Path other = folder.resolve("other.db");
        TestJournals.addPlans(other, "Other", 5);
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Mine", 1);
            Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
            byte[] replaced = Files.readAllBytes(file);

            JournalMovedException moved = assertThrows(JournalMovedException.class,
                    () -> TestJournals.addPlans(journal, "Lost", 1));
            assertFalse(moved.gone());
            assertThrows(StoreException.class, () -> journal.database().putBack());

            assertArrayEquals(replaced, Files.readAllBytes(file));
        }
    }

    @Test
    void aDeletedFolderIsMadeAgainWhenTheJournalIsPutBack() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectory(data);
        Path file = data.resolve("journal.db");
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Saved", 2);
            deleteTree(data);

            assertThrows(JournalMovedException.class, () -> TestJournals.addPlans(journal, "Lost", 1));
            journal.database().putBack();
        }
        if (posix()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (Journal reopened = Journal.open(file)) {
            assertEquals(2, reopened.exposures().count(JournalSection.UPCOMING));
        }
    }

    @Test
    void aMissingFolderIsToldAndNotMade() {
        Path file = folder.resolve("gone").resolve("journal.db");

        StoreException refused = assertThrows(StoreException.class, () -> Journal.open(file));

        assertTrue(refused.getMessage().contains("does not exist"), refused.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    private static long pageCount(Journal journal) {
        return journal.database().read("count pages", connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("PRAGMA page_count")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static void deleteWithItsLog(Path file) throws Exception {
        Files.delete(file);
        for (String suffix : JournalFiles.SUFFIXES) {
            Files.deleteIfExists(JournalFiles.beside(file, suffix));
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
