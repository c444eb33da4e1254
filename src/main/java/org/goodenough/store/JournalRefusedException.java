package org.goodenough.store;

import java.nio.file.Path;

/**
 * A file was not opened as a journal because doing so could harm it or another program's
 * data (it is not a journal, or a newer version of the app wrote it). The file was not
 * changed.
 */
public final class JournalRefusedException extends StoreException {

    private final Path file;

    public JournalRefusedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
