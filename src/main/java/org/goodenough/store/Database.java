package org.goodenough.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One open journal file: a single SQLite connection with foreign keys and WAL on, brought up
 * to the current schema when it opens. A file that is not a journal, that a newer version
 * wrote, or that is damaged, is refused before anything could write to it.
 *
 * <p>Work runs one piece at a time; callers keep it off the UI thread.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Marks a SQLite file as a Good Enough journal ("GENR" in the file header). */
    static final int APPLICATION_ID = 0x47454E52;
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Connection connection;
    private final JournalLock lock;
    /** What the system calls the file that was opened, to tell it from another put in its place. */
    private final Object identity;

    private Database(Path file, Connection connection, JournalLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.identity = FilePlace.identity(file);
    }

    /**
     * Opens the journal at {@code file}, creating it when it does not exist yet. An existing
     * journal is checked page by page before anything may write to it, and a copy of it is
     * kept in the backups folder beside it before it is brought up to a newer schema.
     *
     * @throws JournalDamagedException if the file is damaged or not a SQLite database at all
     * @throws JournalInUseException   if another window of Good Enough has it open
     * @throws JournalRefusedException if the file is another program's or from a newer version
     * @throws StoreException          if it cannot be created, opened, backed up or migrated
     */
    public static Database open(Path file) {
        Path journal = file.toAbsolutePath().normalize();
        requireFolder(journal);
        // The checks only read, so a file that is refused is left without a trace, lock file too.
        prepare(journal);
        JournalLock lock = JournalLock.take(journal);
        try {
            return open(journal, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Database open(Path journal, JournalLock lock) {
        keepPrivate(journal);
        Connection connection = connect(journal);
        try {
            int version = Migrations.userVersion(connection);
            if (version >= 1 && version < Migrations.LATEST) {
                new Backups(journal, ZoneId.systemDefault()).keepBeforeUpgrade(connection, Instant.now());
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            Migrations.apply(connection);
            LOG.info("Journal opened at schema version {}", Migrations.LATEST);
            return new Database(journal, connection, lock);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (SqlErrors.damaged(e)) {
                throw JournalCheck.damaged(journal, e);
            }
            throw SqlErrors.translate("Good Enough could not open the journal " + journal, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The schema version this build of the app writes. */
    public static int currentSchemaVersion() {
        return Migrations.LATEST;
    }

    public Path file() {
        return file;
    }

    /**
     * Writes a consistent copy of the journal to {@code target} with SQLite's online backup,
     * replacing any file there. Changes wait while it copies; the copy is owner-only and
     * appears whole or not at all.
     *
     * @throws StoreException if the copy cannot be made; {@code target} is then as it was
     */
    public synchronized void backupTo(Path target) {
        OnlineBackup.copy(connection, target.toAbsolutePath().normalize());
    }

    /**
     * Lets the file grow to {@code pages} pages at most, so that writing more fails the way it
     * does on a full disk. Used by the tests of a full disk; the app never limits a journal.
     */
    synchronized void limitPages(long pages) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw SqlErrors.translate("Good Enough could not limit the journal's size", e);
        }
    }

    /**
     * Runs SQLite's integrity check over the whole journal.
     *
     * @return what SQLite found wrong, in its technical words; empty when the journal is whole
     */
    public List<String> integrityProblems() {
        return read("Good Enough could not check the journal", Integrity::problems);
    }

    /**
     * Runs {@code work} in one transaction: all of it is saved, or none. The write lock is taken
     * at the start and held only until the end, so other readers are never shut out for long.
     *
     * @throws JournalMovedException if the file is no longer where it was opened: whatever was
     *         written now would go to a file nobody can find again
     * @throws StoreException        if the file was made read-only since it was opened
     */
    <T> T write(String action, SqlWork<T> work) {
        FilePlace.requireWritable(file, identity);
        return transaction("BEGIN IMMEDIATE", action, work);
    }

    /**
     * Writes the journal as this connection still reads it back to its own place, after the file
     * there was deleted or moved away while open. Nothing is replaced: if any file stands at the
     * place again, this refuses.
     *
     * @throws StoreException if a file is in the place, or the copy cannot be written
     */
    public synchronized void putBack() {
        if (Files.exists(file)) {
            throw new StoreException(Reason.of("putBackTaken", file),
                    "A file is at " + file + " again, so the journal was not put"
                    + " back there. Open that file, or move it away first.");
        }
        try {
            PrivateFiles.createFolders(file.getParent());
        } catch (IOException e) {
            throw new StoreException(Reason.of("putBackNoFolder", file.getParent(), e.getMessage()),
                    "Good Enough could not make the folder " + file.getParent()
                    + " again (" + e.getMessage() + ").", e);
        }
        OnlineBackup.copy(connection, file);
        LOG.info("Put the journal back in its place after it was moved or deleted while open");
    }

    /** Runs {@code work} that only reads, in a transaction too, so it sees one consistent state. */
    <T> T read(String action, SqlWork<T> work) {
        return transaction("BEGIN", action, work);
    }

    private synchronized <T> T transaction(String begin, String action, SqlWork<T> work) {
        try {
            return inTransaction(connection, begin, work);
        } catch (SQLException e) {
            throw SqlErrors.translate(action, e);
        }
    }

    /** Runs {@code work} between {@code begin} and COMMIT, rolling back if anything fails. */
    static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(begin);
            T result;
            try {
                result = work.apply(connection);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(statement);
                throw e;
            }
            statement.execute("COMMIT");
            return result;
        }
    }

    @Override
    public synchronized void close() {
        String seal = null;
        try {
            connection.close();
            // Only a journal still in the place it was opened from, whole and closed, is sealed.
            Object now = FilePlace.identity(file);
            if (now != null && now.equals(identity)) {
                seal = JournalSeal.afterClosing(file);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("Good Enough could not close the journal", e);
        } finally {
            if (seal == null) {
                lock.close();
            } else {
                lock.closeLeaving(seal);
            }
        }
    }

    private static void requireFolder(Path journal) {
        Path folder = journal.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(Reason.of("noFolder", folder),
                    "The folder " + folder + " does not exist. Choose a folder that"
                    + " exists for the journal, or create this one first.");
        }
    }

    /**
     * Checks the file before any connection that could write to it exists. A missing or empty
     * file is created here with owner-only permissions.
     */
    private static void prepare(Path journal) {
        if (Files.isDirectory(journal)) {
            throw new StoreException(Reason.of("journalIsFolder", journal),
                    journal + " is a folder. Choose a journal file instead.");
        }
        try {
            if (Files.exists(journal) && Files.size(journal) > 0) {
                JournalCheck.beforeOpening(journal);
                if (FilePlace.markedReadOnly(journal)) {
                    throw new StoreException(Reason.of("readOnly", journal),
                            "The journal " + journal + " is read-only, so nothing"
                            + " could be saved to it. Allow writing to it, or open another journal.");
                }
                return;
            }
            createPrivately(journal);
        } catch (SQLException e) {
            if (SqlErrors.damaged(e)) {
                throw JournalCheck.damaged(journal, e);
            }
            throw SqlErrors.translate("Good Enough could not read " + journal, e);
        } catch (AccessDeniedException e) {
            throw new StoreException(Reason.of("notAllowed", journal),
                    "Good Enough is not allowed to use " + journal + ". The folder"
                    + " or the file is read-only, or belongs to someone else. Choose another place.", e);
        } catch (FileSystemException e) {
            throw new StoreException(Reason.of("cannotCreate", journal, e.getReason()),
                    "Good Enough cannot create a journal at " + journal + " ("
                    + e.getReason() + "). Choose another place.", e);
        } catch (IOException e) {
            throw new StoreException(Reason.of("unreadable", journal, e.getMessage()),
                    "Good Enough could not read " + journal + ": " + e.getMessage(), e);
        }
    }

    /**
     * Narrows a journal that others could read (copied in from elsewhere, say) to its owner, with
     * the files SQLite keeps beside it, which it makes with the journal's own permissions.
     */
    private static void keepPrivate(Path journal) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        List<Path> files = new java.util.ArrayList<>(List.of(journal));
        JournalFiles.SUFFIXES.forEach(suffix -> files.add(JournalFiles.beside(journal, suffix)));
        for (Path file : files) {
            try {
                if (Files.exists(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
            } catch (IOException e) {
                LOG.warn("Could not make {} readable by its owner alone ({})", file,
                        e.getClass().getSimpleName());
            }
        }
    }

    private static void createPrivately(Path journal) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createFile(journal, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(journal);
            }
        } catch (FileAlreadyExistsException e) {
            // An empty file the person chose: it becomes the journal.
            if (posix) {
                Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private static Connection connect(Path journal) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // What a person deletes is overwritten in the file, not left in free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        try {
            return config.createConnection("jdbc:sqlite:" + journal);
        } catch (SQLException e) {
            if (SqlErrors.damaged(e)) {
                throw JournalCheck.damaged(journal, e);
            }
            throw SqlErrors.translate("Good Enough could not open the journal " + journal, e);
        }
    }

    private static void rollbackQuietly(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back already (after a full disk, say): nothing is left to undo.
            LOG.debug("Rollback found no transaction", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a journal that failed to open also failed", e);
        }
    }
}
