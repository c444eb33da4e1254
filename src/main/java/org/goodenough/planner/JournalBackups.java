package org.goodenough.planner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.goodenough.store.Backup;
import org.goodenough.store.BackupKind;
import org.goodenough.store.Backups;
import org.goodenough.store.JournalLock;
import org.goodenough.store.Journal;
import org.goodenough.store.JournalCopy;

/**
 * The copies kept of a journal in the {@code backups} folder beside it: one made on the first
 * start of each day, one before every upgrade of the journal, and any the person asks for;
 * the last 7 days and 4 weeks are kept. Restoring one puts it in the journal's place after
 * keeping the journal that was there.
 */
public final class JournalBackups {

    private final Journal journal;
    private final Backups backups;
    private final Clock clock;

    JournalBackups(Journal journal, Clock clock) {
        this.journal = journal;
        this.backups = new Backups(journal.file(), clock.getZone());
        this.clock = clock;
    }

    /** Newest first. */
    public List<Backup> list() {
        return backups.list();
    }

    public Path folder() {
        return backups.folder();
    }

    /** Makes a copy now, at the person's wish. */
    public Backup backUpNow() {
        return backups.make(journal, BackupKind.MANUAL, clock.instant());
    }

    /** Makes the day's copy, unless one was made today already. */
    public Optional<Backup> dailyIfDue() {
        if (!backups.dueOn(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(backups.make(journal, BackupKind.DAILY, clock.instant()));
    }

    /** The backups of the journal at {@code file}, which need not open: newest first. */
    public static List<Backup> of(Path file, Clock clock) {
        return new Backups(file, clock.getZone()).list();
    }

    /** The newest backup of the journal at {@code file} that is whole and can be restored. */
    public static Optional<Backup> newestGood(Path file, Clock clock) {
        return new Backups(file, clock.getZone()).newestGood();
    }

    /**
     * Puts {@code backup} in the place of the journal at {@code file}, which must be closed,
     * keeping the journal that was there in the backups folder first.
     *
     * @throws org.goodenough.store.JournalInUseException if another window has it open
     */
    public static void restore(Path file, Backup backup, Clock clock) {
        try (JournalLock lock = JournalLock.take(file)) {
            new Backups(file, clock.getZone()).restore(backup, clock.instant());
        }
    }

    /**
     * Copies the journal at {@code file} to {@code target} with SQLite's online backup,
     * which is safe while the app has the journal open; the journal is only read.
     */
    public static void copy(Path file, Path target) {
        JournalCopy.to(file, target);
    }
}
