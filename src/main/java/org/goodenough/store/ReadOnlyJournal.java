package org.goodenough.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Connections that only read a journal file, for looking at it before anything may write to
 * it: checking it on open, inspecting it for a check, or trying a backup.
 *
 * <p>A plain read-only connection to a file in write-ahead-log mode creates an empty -wal and a
 * -shm file beside it and leaves them there. So when neither a -wal nor a rollback -journal
 * lies beside the file, all of it is in the file itself, and it is opened as immutable: SQLite
 * then reads only that file and creates nothing. When one does lie beside it, it may hold saved
 * pages the file lacks, and the ordinary read-only connection reads them too.
 */
final class ReadOnlyJournal {

    private ReadOnlyJournal() {
    }

    static Connection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        if (!JournalFiles.hasLogBesideIt(file)) {
            return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
