package org.goodenough.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A copy of a journal made through SQLite's online backup, never by copying its file: the copy
 * holds exactly what was saved when it began, with the pages still in the -wal file and
 * without whatever another connection has started but not saved.
 *
 * <p>The copy is written under a temporary name beside {@code target} and renamed into place
 * only when whole, so a failure or a crash never leaves half a backup under a backup's name.
 */
final class OnlineBackup {

    /** Copy every page in one step, so the whole copy comes from one read of the journal. */
    private static final int ALL_PAGES = -1;
    private static final int BUSY_PAUSE_MILLIS = 100;
    private static final int BUSY_TRIES = 50;

    private OnlineBackup() {
    }

    /**
     * Copies the database {@code source} is connected to into {@code target}, replacing any file
     * there. The caller keeps {@code source} to itself until this returns.
     */
    static void copy(Connection source, Path target) {
        Path temp = null;
        try {
            temp = PrivateFiles.createTempBeside(target);
            int result = source.unwrap(SQLiteConnection.class).getDatabase().backup("main",
                    temp.toString(), null, BUSY_PAUSE_MILLIS, BUSY_TRIES, ALL_PAGES);
            if (result != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLiteException("The backup stopped", SQLiteErrorCode.getErrorCode(result));
            }
            selfContained(temp);
            PrivateFiles.moveIntoPlace(temp, target);
        } catch (SQLException e) {
            throw SqlErrors.translate("Good Enough could not make a backup at " + target, e);
        } catch (IOException e) {
            throw new StoreException(Reason.of("backupFailed", target, e.getMessage()),
                    "Good Enough could not make a backup at " + target + " ("
                    + e.getMessage() + "). Check that the folder exists, can be written to and has"
                    + " space, then try again.", e);
        } finally {
            if (temp != null) {
                PrivateFiles.deleteQuietly(temp);
            }
        }
    }

    /**
     * The copy says it is in write-ahead-log mode, as the journal is; a backup is better one file
     * that needs nothing beside it, so it is switched back to a rollback journal.
     */
    private static void selfContained(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        }
    }
}
