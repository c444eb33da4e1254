package org.goodenough.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal's backups folder: names, listing, when one is due, what is kept, which is good. */
class BackupsTest {

    private static final Instant NOVEMBER_FIRST = Instant.parse("2026-11-01T10:30:00.250Z");
    private static final Duration ONE_DAY = Duration.ofDays(1);

    @TempDir
    Path folder;
    private Journal journal;
    private Backups backups;

    @BeforeEach
    void open() {
        journal = Journal.open(folder.resolve("journal.db"));
        TestJournals.addPlans(journal, "Leave the bed unmade", 3);
        backups = new Backups(journal.file(), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aBackupIsNamedForItsJournalTimeAndKindAndHoldsTheJournal() throws Exception {
        Backup made = backups.make(journal, BackupKind.DAILY, NOVEMBER_FIRST);

        assertEquals(folder.resolve("backups/journal-20261101T103000250Z-daily.sqlite"), made.file());
        assertEquals(NOVEMBER_FIRST, made.madeAt());
        assertEquals(BackupKind.DAILY, made.kind());
        assertEquals(Files.size(made.file()), made.bytes());
        assertEquals(List.of(made), backups.list());
        assertEquals(Set.of(made.file().getFileName().toString()), TestJournals.names(backups.folder()),
                "nothing beside it: no -wal, no -shm, no temporary file");
        assertEquals(TestJournals.plans(journal), TestJournals.plansIn(made, folder));
    }

    @Test
    void backupsAndTheirFolderAreForTheOwnerOnly() throws Exception {
        Backup made = backups.make(journal, BackupKind.MANUAL, NOVEMBER_FIRST);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(backups.folder())));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(made.file())));
        }
    }

    @Test
    void onlyThisJournalsBackupsAreListedNewestFirst() throws Exception {
        assertEquals(List.of(), backups.list(), "no folder yet, no backups");
        Backup older = backups.make(journal, BackupKind.DAILY, NOVEMBER_FIRST);
        Backup newer = backups.make(journal, BackupKind.MANUAL, NOVEMBER_FIRST.plus(ONE_DAY));
        for (String stranger : List.of("journal-extra-20261101T103000250Z-daily.sqlite",
                "other-20261102T103000250Z-daily.sqlite", "journal-20261102T103000250Z-weekly.sqlite",
                "journal-20261102T103000250Z-daily.sqlite.tmp", "journal-2026-daily.sqlite",
                "notes.txt")) {
            Files.writeString(backups.folder().resolve(stranger), "not ours");
        }

        assertEquals(List.of(newer, older), backups.list());
    }

    @Test
    void twoBackupsInTheSameMillisecondAreBothKept() {
        // Three before an upgrade are kept, whatever their day.
        Backup first = backups.make(journal, BackupKind.BEFORE_MIGRATION, NOVEMBER_FIRST);
        Backup second = backups.make(journal, BackupKind.BEFORE_MIGRATION, NOVEMBER_FIRST);
        assertEquals(NOVEMBER_FIRST.plusMillis(1), second.madeAt());
        assertEquals(List.of(second, first), backups.list());
    }

    @Test
    void aBackupIsDueOncePerDayOfThePersonsOwnCalendar() {
        // 10:30 UTC on 1 November is 23:30 that evening in Auckland (UTC+13).
        Backups inAuckland = new Backups(journal.file(), ZoneId.of("Pacific/Auckland"));
        Instant sameEvening = Instant.parse("2026-11-01T10:55:00Z");
        Instant pastMidnightThere = Instant.parse("2026-11-01T11:05:00Z");
        assertTrue(inAuckland.dueOn(NOVEMBER_FIRST));

        inAuckland.make(journal, BackupKind.BEFORE_MIGRATION, NOVEMBER_FIRST);
        assertTrue(inAuckland.dueOn(sameEvening), "a backup before an upgrade is not the day's");

        inAuckland.make(journal, BackupKind.DAILY, NOVEMBER_FIRST);
        assertFalse(inAuckland.dueOn(sameEvening));
        assertTrue(inAuckland.dueOn(pastMidnightThere), "a new day has begun in Auckland");
        assertFalse(backups.dueOn(pastMidnightThere), "while in UTC it is still the same day");
    }

    @Test
    void aManualOrBeforeRestoreBackupAlsoCountsForTheDay() {
        backups.make(journal, BackupKind.BEFORE_RESTORE, NOVEMBER_FIRST);
        assertFalse(backups.dueOn(NOVEMBER_FIRST.plusSeconds(3600)));
    }

    @Test
    void makingABackupLetsGoOfThoseNoLongerKept() throws Exception {
        Files.createDirectories(backups.folder());
        Path damaged = Files.writeString(backups.folder()
                .resolve("journal-20250101T000000000Z-damaged.sqlite"), "kept forever");
        Path others = Files.writeString(backups.folder()
                .resolve("other-20250101T000000000Z-daily.sqlite"), "another journal's");
        // One a day from Tuesday 10 to Wednesday 18 November: nine days in weeks 46 and 47.
        for (int day = 10; day <= 18; day++) {
            backups.make(journal, BackupKind.DAILY, Instant.parse("2026-11-" + day + "T09:00:00Z"));
        }

        List<Instant> kept = backups.list().stream().filter(b -> b.kind() == BackupKind.DAILY)
                .map(Backup::madeAt).toList();
        assertEquals(7, kept.size());
        assertEquals(Instant.parse("2026-11-18T09:00:00Z"), kept.get(0));
        assertEquals(Instant.parse("2026-11-12T09:00:00Z"), kept.get(6), "10 and 11 let go");
        assertTrue(Files.exists(damaged));
        assertTrue(Files.exists(others));
    }

    @Test
    void theNewestGoodBackupPassesOverDamagedAndBrokenOnes() throws Exception {
        assertEquals(Optional.empty(), backups.newestGood());
        Backup good = backups.make(journal, BackupKind.DAILY, NOVEMBER_FIRST);
        Backup broken = backups.make(journal, BackupKind.MANUAL, NOVEMBER_FIRST.plus(ONE_DAY));
        TestJournals.breakPageHolding(broken.file(), "Leave the bed unmade 2");
        // A whole file, but a damaged journal moved aside is never one to go back to.
        Files.copy(good.file(), backups.folder().resolve("journal-20261105T000000000Z-damaged.sqlite"));
        assertEquals(3, backups.list().size());

        assertEquals(Optional.of(good), backups.newestGood());
    }
}
