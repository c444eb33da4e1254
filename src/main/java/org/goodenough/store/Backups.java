package org.goodenough.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one journal, kept in a {@code backups} folder beside it (owner-only) and named
 * {@code <journal name without its extension>-<UTC time>-<kind>.sqlite}, as in
 * {@code journal-20261123T093000250Z-daily.sqlite}. Other files in the folder, and other
 * journals' backups, are left alone.
 *
 * <p>Days are counted in the zone given here, the person's own: a backup made at 23:30 belongs
 * to that evening, not to the next day in UTC.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Path journal;
    private final Path folder;
    private final ZoneId zone;
    private final BackupNames names;

    public Backups(Path journal, ZoneId zone) {
        this.journal = journal.toAbsolutePath().normalize();
        this.folder = this.journal.resolveSibling("backups");
        this.zone = zone;
        this.names = new BackupNames(this.journal);
    }

    public Path folder() {
        return folder;
    }

    /** This journal's backups, newest first; none when the folder is not there yet. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                names.read(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw new StoreException(Reason.of("backupsUnreadable", folder, e.getMessage()),
                    "Good Enough could not read the backups folder " + folder + ": "
                    + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::madeAt).thenComparing(Backup::file).reversed());
        return List.copyOf(backups);
    }

    /**
     * Makes a backup of the open journal {@code source}, then lets go of the backups no longer
     * kept (see {@link #prune()}).
     *
     * @throws StoreException if it cannot be made; no backup file is left behind then
     */
    public Backup make(Database source, BackupKind kind, Instant now) {
        if (kind == BackupKind.DAMAGED) {
            throw new IllegalArgumentException("A damaged journal is moved aside, not copied");
        }
        if (kind == BackupKind.DAILY && !source.integrityProblems().isEmpty()) {
            // A journal that opened without its full check (JournalSeal) gets it here, once a
            // day; a damaged one is not copied over the good backups that retention keeps.
            throw JournalCheck.damaged(source.file(), null);
        }
        Backup made = write(kind, now, source::backupTo);
        prune();
        return made;
    }

    /** Makes a backup of the open journal {@code source}, as {@code make} does for a database. */
    public Backup make(Journal source, BackupKind kind, Instant now) {
        return make(source.database(), kind, now);
    }

    /** Whether no daily, manual or before-restore backup was made yet on the day of {@code now}. */
    public boolean dueOn(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return list().stream().noneMatch(backup -> backup.kind().ofTheDay()
                && LocalDate.ofInstant(backup.madeAt(), zone).equals(today));
    }

    /**
     * Deletes the backups {@link BackupRetention} does not keep. Ones that cannot be deleted are
     * left for the next time; that alone is no reason to stop anything.
     */
    public void prune() {
        try {
            List<Backup> all = list();
            Set<Backup> kept = new HashSet<>(BackupRetention.keep(all, zone));
            for (Backup backup : all) {
                if (!kept.contains(backup)) {
                    Files.deleteIfExists(backup.file());
                }
            }
        } catch (IOException | StoreException e) {
            LOG.warn("Old backups could not all be deleted; they stay until the next time", e);
        }
    }

    /**
     * The newest backup that can be restored: not a damaged journal, whole by SQLite's check, a
     * Good Enough journal, and not from a newer version.
     */
    public Optional<Backup> newestGood() {
        return list().stream()
                .filter(backup -> backup.kind() != BackupKind.DAMAGED)
                .filter(backup -> restorable(backup.file()))
                .findFirst();
    }

    /**
     * Puts {@code backup} in the journal's place; the journal must be closed. The journal that
     * was there is kept first: copied as a before-restore backup when it is whole, or moved
     * into the backups folder as it is, with its -wal and -shm files, when it is damaged.
     * Nothing is deleted, and no backup is let go, while restoring.
     *
     * @throws StoreException if it cannot be restored; the journal is then as it was, or, if it
     *                        was damaged, still kept in the backups folder
     */
    public void restore(Backup backup, Instant now) {
        new JournalRestore(journal, this).restore(backup, now);
    }

    /**
     * Keeps a copy of the journal {@code connection} reads, as it is, before it is brought up
     * to a newer schema.
     *
     * @throws StoreException if the copy cannot be made: the journal must then not be upgraded
     */
    void keepBeforeUpgrade(Connection connection, Instant now) {
        try {
            write(BackupKind.BEFORE_MIGRATION, now, target -> OnlineBackup.copy(connection, target));
        } catch (StoreException e) {
            throw new StoreException(Reason.of("upgradeNoCopy"),
                    "This journal needs updating for this version of Good Enough,"
                    + " and a copy of it is kept before every update. The copy could not be made, so"
                    + " the journal was not updated and has not been changed. (" + e.getMessage()
                    + ")", e);
        }
        prune();
    }

    /** Makes a backup of {@code kind} under a name no file has yet, written by {@code copier}. */
    Backup write(BackupKind kind, Instant now, Consumer<Path> copier) {
        Path file = freeName(kind, now);
        copier.accept(file);
        return readBack(file);
    }

    /**
     * A name in the folder, created if need be, that neither a file nor its -wal or -shm has
     * yet; two backups in the same millisecond are told apart by moving the second one on.
     */
    Path freeName(BackupKind kind, Instant now) {
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException(Reason.of("backupsFolder", folder),
                    "Good Enough could not create the backups folder " + folder
                    + ". Check that the journal's folder can be written to, and that no file named"
                    + " \"backups\" is in the way.", e);
        }
        Instant at = BackupNames.toTheMillisecond(now);
        while (taken(folder.resolve(names.of(at, kind)))) {
            at = at.plusMillis(1);
        }
        return folder.resolve(names.of(at, kind));
    }

    private static boolean taken(Path file) {
        return Files.exists(file) || JournalFiles.SUFFIXES.stream()
                .anyMatch(suffix -> Files.exists(JournalFiles.beside(file, suffix)));
    }

    private Backup readBack(Path file) {
        try {
            return names.read(file).orElseThrow();
        } catch (IOException e) {
            throw new StoreException(Reason.of("backupNotReadBack", file, e.getMessage()),
                    "Good Enough made the backup " + file + " but could not read"
                    + " it back: " + e.getMessage(), e);
        }
    }

    private static boolean restorable(Path file) {
        try {
            return JournalHealth.inspect(file).opensHere();
        } catch (StoreException e) {
            LOG.warn("A backup could not be read", e);
            return false;
        }
    }
}
