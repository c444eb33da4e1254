package org.goodenough.store;

import java.nio.file.Path;

/**
 * A file was not opened as a journal because doing so could harm it or another program's
 * data (it is not a journal, a newer version of the app wrote it, or it is damaged). The file
 * was not changed.
 */
public class JournalRefusedException extends StoreException {

    private final Path file;

    public JournalRefusedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public JournalRefusedException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
