package org.goodenough.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in a closed journal's place, in steps that each leave something whole:
 * <ol>
 *   <li>the backup is copied beside the journal under a temporary name, forced to disk and
 *       checked, so a bad backup stops the restore before anything else is touched;</li>
 *   <li>the journal there is kept: a whole one is copied into the backups folder as a
 *       before-restore backup; a damaged one is moved there as it is, with its -wal and -shm,
 *       under a damaged backup's name, never deleted;</li>
 *   <li>the journal's -wal, -shm and -journal are moved out of the way, since SQLite would
 *       read an old -wal as part of the restored file;</li>
 *   <li>the copy is renamed into the journal's place in one step.</li>
 * </ol>
 * If a step fails, what was moved goes back, so the journal is as it was.
 */
final class JournalRestore {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRestore.class);

    private final Path journal;
    private final Backups backups;

    JournalRestore(Path journal, Backups backups) {
        this.journal = journal;
        this.backups = backups;
    }

    void restore(Backup backup, Instant now) {
        String name = backup.file().getFileName().toString();
        Path copy = null;
        try {
            copy = copyBesideJournal(backup.file());
            if (!JournalHealth.inspect(copy).opensHere()) {
                throw new StoreException(Reason.of("backupUnusable", name),
                        "The backup " + name + " cannot be restored: it is damaged,"
                        + " or it is not a journal this version of Good Enough can open. Your journal"
                        + " has not been changed. Choose another backup.");
            }
            MovedFiles kept = keepJournal(now);
            try {
                PrivateFiles.moveIntoPlace(copy, journal);
            } catch (IOException e) {
                boolean back = kept.putBack();
                throw new StoreException(back ? Reason.of("restoreNotPut", name, e.getMessage())
                        : Reason.of("restoreNotPut.kept", name, e.getMessage(), backups.folder()),
                        "Good Enough could not put the backup " + name + " in the"
                        + " journal's place (" + e.getMessage() + "). " + (back
                        ? "Your journal is as it was."
                        : "Your journal is kept in " + backups.folder() + "."), e);
            }
            kept.done();
            LOG.info("Restored a backup made at {}", backup.madeAt());
        } catch (IOException e) {
            throw new StoreException(Reason.of("restoreFailed", name, e.getMessage()),
                    "Good Enough could not restore the backup " + name + " ("
                    + e.getMessage() + "). Your journal has not been changed.", e);
        } finally {
            if (copy != null) {
                PrivateFiles.deleteQuietly(copy);
            }
        }
    }

    /** A private copy of {@code backup} beside the journal, on disk before it is used. */
    private Path copyBesideJournal(Path backup) throws IOException {
        Path copy = PrivateFiles.createTempBeside(journal);
        try (FileChannel from = FileChannel.open(backup, StandardOpenOption.READ);
             FileChannel to = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            long size = from.size();
            for (long done = 0; done < size; ) {
                done += from.transferTo(done, size - done, to);
            }
            to.force(true);
        } catch (IOException e) {
            PrivateFiles.deleteQuietly(copy);
            throw e;
        }
        return copy;
    }

    /**
     * Keeps the journal now in place and clears its place.
     *
     * @return the files moved out of the way, to put back if the restore fails: a damaged
     *         journal, kept in the backups folder for good, or a whole journal's -wal and -shm,
     *         left over once its backup holds all of it
     */
    private MovedFiles keepJournal(Instant now) throws IOException {
        boolean present = Files.exists(journal) && Files.size(journal) > 0;
        if (present && JournalHealth.inspect(journal).whole()) {
            backups.write(BackupKind.BEFORE_RESTORE, now, this::copyJournalTo);
            Map<Path, Path> aside = new LinkedHashMap<>();
            for (String suffix : JournalFiles.SUFFIXES) {
                Path side = JournalFiles.beside(journal, suffix);
                if (Files.exists(side)) {
                    Path temp = PrivateFiles.createTempBeside(side);
                    Files.delete(temp);
                    aside.put(side, temp);
                }
            }
            return MovedFiles.leftovers(aside);
        }
        Map<Path, Path> intoBackups = new LinkedHashMap<>();
        Path damaged = backups.freeName(BackupKind.DAMAGED, now);
        // Its -wal and -shm first: a -wal left alone beside the journal's place would be read
        // as part of whatever file came there next.
        for (String suffix : JournalFiles.SUFFIXES) {
            intoBackups.put(JournalFiles.beside(journal, suffix), JournalFiles.beside(damaged, suffix));
        }
        if (present) {
            intoBackups.put(journal, damaged);
        }
        MovedFiles moved = MovedFiles.toKeep(intoBackups);
        if (present) {
            LOG.warn("A damaged journal was moved into the backups folder before a restore");
        }
        return moved;
    }

    private void copyJournalTo(Path target) {
        try (Connection connection = ReadOnlyJournal.open(journal)) {
            OnlineBackup.copy(connection, target);
        } catch (SQLException | StoreException e) {
            throw new StoreException(Reason.of("restoreNoCopy"),
                    "Good Enough keeps a copy of your journal before restoring a"
                    + " backup, and that copy could not be made, so nothing was restored. Your"
                    + " journal has not been changed. (" + e.getMessage() + ")", e);
        }
    }
}
