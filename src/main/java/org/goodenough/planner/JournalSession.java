package org.goodenough.planner;

import java.nio.file.Path;
import java.time.Clock;
import org.goodenough.store.Journal;

/** One open journal and the planner working on it; closing it closes the file. */
public final class JournalSession implements AutoCloseable {

    private final Journal journal;
    private final ExposurePlanner planner;

    private JournalSession(Journal journal, Clock clock) {
        this.journal = journal;
        this.planner = new ExposurePlanner(journal.exposures(), journal.ladders(), clock);
    }

    /**
     * Opens or creates the journal at {@code file}.
     *
     * @throws org.goodenough.store.StoreException with a message for the person when it cannot
     */
    public static JournalSession open(Path file, Clock clock) {
        return new JournalSession(Journal.open(file), clock);
    }

    public ExposurePlanner planner() {
        return planner;
    }

    public Path file() {
        return journal.file();
    }

    @Override
    public void close() {
        journal.close();
    }
}
