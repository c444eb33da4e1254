package org.goodenough.store;

import java.nio.file.Path;

/**
 * A file was not opened as a journal because doing so could harm it or another program's
 * data (it is not a journal, a newer version of the app wrote it, or it is damaged). The file
 * was not changed.
 */
public class JournalRefusedException extends StoreException {

    private final Path file;

    public JournalRefusedException(Path file, Reason reason, String message) {
        super(reason, message);
        this.file = file;
    }

    public JournalRefusedException(Path file, Reason reason, String message, Throwable cause) {
        super(reason, message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
