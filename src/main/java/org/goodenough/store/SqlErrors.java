package org.goodenough.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's errors into messages a person can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException translate(String action, SQLException e) {
        return new StoreException(action + ": " + reason(e), e);
    }

    /** Whether SQLite found the file damaged, or not a database at all. */
    static boolean damaged(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return false;
        }
        int primary = sqlite.getResultCode().code & 0xff;
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code
                || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static String reason(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return "the journal answered with an error (" + e.getMessage() + ").";
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full. Free some space and try again.";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the journal file or its folder is read-only.";
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "the journal is busy in another window or program. Close it there, then try"
                    + " again.";
        }
        if (damaged(e)) {
            return "the journal file is damaged.";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the journal file could not be opened. It may have been moved or deleted.";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "the disk reported a read or write error.";
        }
        return "the journal answered with an error (" + code.message + ").";
    }
}
