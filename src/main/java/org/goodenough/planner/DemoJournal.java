package org.goodenough.planner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.goodenough.store.JournalLock;
import org.goodenough.store.PrivateFiles;
import org.goodenough.store.Reason;
import org.goodenough.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo journal: a made-up person's eight weeks of exposures, in a new owner-only folder in
 * the system's temporary folder. Nothing of the person's own journal is touched, and closing
 * the session removes the demo with all it holds, so nothing done in it is kept.
 */
public final class DemoJournal {

    static final String FOLDER_PREFIX = "good-enough-demo-";
    static final String FILE_NAME = "demo-journal.db";
    /** How long a demo folder must have been left alone before it counts as left over. */
    static final Duration LEFT_FOR = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(DemoJournal.class);

    private DemoJournal() {
    }

    /**
     * Opens a new demo journal, written afresh from the example person.
     *
     * @throws StoreException with a message for the person when no demo can be made
     */
    public static JournalSession open(Clock clock) {
        removeLeftOvers();
        Path sandbox;
        try {
            sandbox = PrivateFiles.createTempFolder(FOLDER_PREFIX);
        } catch (IOException e) {
            throw new StoreException(Reason.of("demoNotMade", e.getMessage()),
                    "The demo journal could not be made: the temporary folder"
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

    /**
     * Removes demos that a window killed without closing left in the temporary folder. A demo
     * another window has open holds its lock, and stays.
     */
    private static void removeLeftOvers() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> demos;
        try (Stream<Path> inside = Files.list(temp)) {
            demos = inside.filter(path -> path.getFileName().toString().startsWith(FOLDER_PREFIX)
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                    && madeBefore(path, Instant.now().minus(LEFT_FOR))).toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("The temporary folder could not be looked through for old demos", e);
            return;
        }
        for (Path demo : demos) {
            Path file = demo.resolve(FILE_NAME);
            try (JournalLock unused = JournalLock.take(file)) {
                PrivateFiles.deleteTree(demo);
            } catch (StoreException inUseOrNotOurs) {
                LOG.debug("A demo folder was left as it is: {}", inUseOrNotOurs.getMessage());
            }
        }
    }

    /** Whether {@code folder} last changed before {@code moment}; one just being made has not. */
    private static boolean madeBefore(Path folder, Instant moment) {
        try {
            return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant()
                    .isBefore(moment);
        } catch (IOException e) {
            return false;
        }
    }
}
