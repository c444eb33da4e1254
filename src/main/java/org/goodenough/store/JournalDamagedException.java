package org.goodenough.store;

import java.nio.file.Path;

/**
 * A journal was not opened because its file is damaged: it is not a SQLite database at all, or
 * SQLite found its pages broken. Nothing was written to it, so a backup can still be restored
 * over it, or it can be given to someone who can repair it.
 */
public final class JournalDamagedException extends JournalRefusedException {

    public JournalDamagedException(Path file, Reason reason, String message) {
        super(file, reason, message);
    }

    public JournalDamagedException(Path file, Reason reason, String message, Throwable cause) {
        super(file, reason, message, cause);
    }
}
