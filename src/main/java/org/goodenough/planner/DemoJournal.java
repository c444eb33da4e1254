package org.goodenough.planner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.goodenough.store.PrivateFiles;
import org.goodenough.store.StoreException;

/**
 * The demo journal: a made-up person's eight weeks of exposures, in a new owner-only folder in
 * the system's temporary folder. Nothing of the person's own journal is touched, and closing
 * the session removes the demo with all it holds, so nothing done in it is kept.
 */
public final class DemoJournal {

    static final String FOLDER_PREFIX = "good-enough-demo-";
    static final String FILE_NAME = "demo-journal.db";

    private DemoJournal() {
    }

    /**
     * Opens a new demo journal, written afresh from the example person.
     *
     * @throws StoreException with a message for the person when no demo can be made
     */
    public static JournalSession open(Clock clock) {
        Path sandbox;
        try {
            sandbox = PrivateFiles.createTempFolder(FOLDER_PREFIX);
        } catch (IOException e) {
            throw new StoreException("The demo journal could not be made: the temporary folder"
                    + " cannot be written (" + e.getMessage() + ").", e);
        }
        SeedClock seedClock = new SeedClock(clock);
        JournalSession session = JournalSession.sandboxed(sandbox, FILE_NAME, seedClock);
        try {
            DemoSeed.shipped().writeInto(session, seedClock);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
