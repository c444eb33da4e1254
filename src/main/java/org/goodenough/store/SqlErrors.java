package org.goodenough.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's errors into messages a person can act on. */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException translate(String action, SQLException e) {
        return new StoreException(Reason.of("sql." + kind(e), detail(e)),
                action + ": " + reason(e), e);
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

    /** The kind of error, as a word the window looks up to say it in its own language. */
    private static String kind(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return "other";
        }
        int primary = sqlite.getResultCode().code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "full";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "readOnly";
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "busy";
        }
        if (damaged(e)) {
            return "damaged";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "cantOpen";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "ioError";
        }
        return "other";
    }

    private static String reason(SQLException e) {
        return switch (kind(e)) {
            case "full" -> "the disk is full. Free some space and try again.";
            case "readOnly" -> "the journal file or its folder is read-only.";
            case "busy" -> "the journal is busy in another window or program. Close it there, then"
                    + " try again.";
            case "damaged" -> "the journal file is damaged.";
            case "cantOpen" -> "the journal file could not be opened. It may have been moved or"
                    + " deleted.";
            case "ioError" -> "the disk reported a read or write error.";
            default -> "the journal answered with an error (" + detail(e) + ").";
        };
    }

    private static String detail(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode().message : e.getMessage();
    }
}
