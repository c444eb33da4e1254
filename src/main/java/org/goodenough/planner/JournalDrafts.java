package org.goodenough.planner;

import java.nio.file.Path;
import java.util.Optional;
import org.goodenough.domain.Draft;
import org.goodenough.store.DraftFile;

/**
 * The draft of the form being written in, kept beside the journal rather than in it, so it
 * survives a crash and can be kept even when the journal cannot be written. Safe to use from a
 * thread of its own, apart from the journal's work.
 */
public final class JournalDrafts {

    private final DraftFile file;

    JournalDrafts(Path journal) {
        this.file = new DraftFile(journal);
    }

    /** Keeps {@code draft} in place of any earlier one. */
    public synchronized void keep(Draft draft) {
        file.keep(draft);
    }

    /** The draft left from last time, if any. */
    public synchronized Optional<Draft> find() {
        return file.find();
    }

    /** There is no draft any more: it was saved, or the person let it go. */
    public synchronized void discard() {
        file.discard();
    }
}
