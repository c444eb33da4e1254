package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.goodenough.domain.Exposure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup: the journal that was there is kept first, and never a word is lost. */
class JournalRestoreTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:15:30.250Z");

    @TempDir
    Path folder;
    private Path file;
    private Backups backups;

    @BeforeEach
    void paths() {
        file = folder.resolve("journal.db");
        backups = new Backups(file, ZoneOffset.UTC);
    }

    @Test
    void theJournalThatWasThereIsKeptFirstThenTheBackupTakesItsPlace() throws Exception {
        Backup monday;
        List<Exposure> mondayPlans;
        List<Exposure> tuesdayPlans;
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Monday's plan", 2);
            mondayPlans = TestJournals.plans(journal);
            monday = backups.make(journal, BackupKind.DAILY, MONDAY);
            TestJournals.addPlans(journal, "Tuesday's plan", 1);
            tuesdayPlans = TestJournals.plans(journal);
        }

        backups.restore(monday, TUESDAY);

        assertEquals(Set.of("journal.db", "backups"), TestJournals.names(folder),
                "no temporary file or old -wal is left beside the journal");
        List<Backup> after = backups.list();
        Backup kept = after.get(0);
        assertEquals(BackupKind.BEFORE_RESTORE, kept.kind());
        assertEquals(TUESDAY, kept.madeAt());
        assertEquals(tuesdayPlans, TestJournals.plansIn(kept, folder));
        assertTrue(after.contains(monday), "the restored backup stays too");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertEquals(2, mondayPlans.size());
        assertEquals(mondayPlans, TestJournals.plans(file));
    }

    @Test
    void aDamagedJournalIsMovedWithItsWalIntoTheBackupsFolderByteForByte() throws Exception {
        Path live = Files.createDirectory(folder.resolve("live")).resolve("journal.db");
        TestJournals.withManyPlans(live, "Planned before the backup", 300);
        Backup good;
        List<Exposure> goodPlans;
        try (Journal journal = Journal.open(live)) {
            good = backups.make(journal, BackupKind.DAILY, MONDAY);
            goodPlans = TestJournals.plans(journal);
            TestJournals.addPlans(journal, "Planned after the backup", 2);
            TestJournals.crashCopy(journal, file);
        }
        TestJournals.breakPageHolding(file, "Planned before the backup 150");
        byte[] damaged = Files.readAllBytes(file);
        byte[] damagedWal = Files.readAllBytes(Path.of(file + "-wal"));
        assertThrows(JournalDamagedException.class, () -> Database.open(file));

        backups.restore(good, TUESDAY);

        Path moved = backups.folder().resolve("journal-20261124T101530250Z-damaged.sqlite");
        assertArrayEquals(damaged, Files.readAllBytes(moved));
        assertArrayEquals(damagedWal, Files.readAllBytes(Path.of(moved + "-wal")));
        assertEquals(List.of(BackupKind.DAMAGED, BackupKind.DAILY),
                backups.list().stream().map(Backup::kind).toList());
        assertFalse(Files.exists(Path.of(file + "-wal")), "the old -wal is not read into the new file");
        assertFalse(Files.exists(Path.of(file + "-shm")));
        assertEquals(goodPlans, TestJournals.plans(file));
    }

    @Test
    void whatAWholeJournalHadOnlyInItsWalIsInTheBeforeRestoreBackup() throws Exception {
        Path live = Files.createDirectory(folder.resolve("live")).resolve("journal.db");
        Backup good;
        List<Exposure> latest;
        try (Journal journal = Journal.open(live)) {
            TestJournals.addPlans(journal, "Planned before the backup", 2);
            good = backups.make(journal, BackupKind.DAILY, MONDAY);
            TestJournals.addPlans(journal, "Planned after the backup", 2);
            latest = TestJournals.plans(journal);
            TestJournals.crashCopy(journal, file);
        }

        backups.restore(good, TUESDAY);

        assertEquals(Set.of("journal.db", "backups", "live"), TestJournals.names(folder));
        Backup kept = backups.list().get(0);
        assertEquals(BackupKind.BEFORE_RESTORE, kept.kind());
        assertEquals(4, latest.size());
        assertEquals(latest, TestJournals.plansIn(kept, folder));
        assertEquals(2, TestJournals.plans(file).size());
    }

    @Test
    void aBackupThatCannotBeRestoredLeavesTheJournalAsItWas() throws Exception {
        Backup broken;
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Keep this plan", 3);
            broken = backups.make(journal, BackupKind.DAILY, MONDAY);
        }
        TestJournals.breakPageHolding(broken.file(), "Keep this plan 2");
        byte[] before = Files.readAllBytes(file);

        StoreException refused = assertThrows(StoreException.class,
                () -> backups.restore(broken, TUESDAY));

        assertTrue(refused.getMessage().contains("cannot be restored"), refused.getMessage());
        assertTrue(refused.getMessage().contains("has not been changed"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(Set.of("journal.db", "backups"), TestJournals.names(folder));
        assertEquals(List.of(broken), backups.list(), "no before-restore backup was needed");
    }

    @Test
    void aBackupCanBeRestoredWhereTheJournalIsGone() throws Exception {
        Backup monday;
        List<Exposure> plans;
        try (Journal journal = Journal.open(file)) {
            TestJournals.addPlans(journal, "Plan", 2);
            plans = TestJournals.plans(journal);
            monday = backups.make(journal, BackupKind.MANUAL, MONDAY);
        }
        Files.delete(file);

        backups.restore(monday, TUESDAY);

        assertEquals(List.of(monday), backups.list());
        assertEquals(plans, TestJournals.plans(file));
    }
}
