package org.goodenough.store;

import java.nio.file.Path;

/**
 * The journal file was moved or deleted, or another file was put in its place, while the app had
 * it open. Nothing was written: it would have gone to a file nobody could find again.
 */
public final class JournalMovedException extends StoreException {

    private final Path file;
    private final boolean gone;

    JournalMovedException(Path file, boolean gone) {
        super(gone
                ? "Nothing was saved just now: the journal file is no longer at " + file + ". It was"
                        + " moved or deleted while Good Enough had it open. What you wrote is still"
                        + " here. Choose \"Put the journal back\" to save it in its place again."
                : "Nothing was saved just now: another file has taken the journal's place at " + file
                        + " while Good Enough had it open. What you wrote is still here. Choose"
                        + " \"Open it again\" to open the file that is there now.");
        this.file = file;
        this.gone = gone;
    }

    public Path file() {
        return file;
    }

    /** Whether nothing is at the journal's place, so it can be put back there. */
    public boolean gone() {
        return gone;
    }
}
