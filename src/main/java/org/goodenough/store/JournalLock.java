package org.goodenough.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one copy of Good Enough at a time write a journal. The lock is the system's own file lock
 * on a small hidden file beside the journal ({@code .journal.db.lock}), so it is let go the moment
 * the holder ends, even when it crashes or is killed. The lock file itself stays: removing it
 * would let two holders lock two different files of the same name.
 *
 * <p>The journal file is never locked this way itself: SQLite keeps its own locks on it, and the
 * system lets go of all of a program's locks on a file when any one handle to it is closed.
 */
public final class JournalLock implements AutoCloseable {

    /** Journals held by this program: the system would not tell a second lock in one program. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path journal;
    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(Path journal, FileChannel channel, FileLock lock) {
        this.journal = journal;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for the journal at {@code journal}, whose folder must exist.
     *
     * @throws JournalInUseException if another window or program holds it
     * @throws StoreException        if the lock file cannot be made
     */
    public static JournalLock take(Path journal) {
        Path held = journal.toAbsolutePath().normalize();
        if (!HELD.add(held)) {
            throw new JournalInUseException(held);
        }
        try {
            return lock(held);
        } catch (RuntimeException e) {
            HELD.remove(held);
            throw e;
        }
    }

    /** The hidden file whose lock stands for the journal's. */
    static Path fileFor(Path journal) {
        return journal.resolveSibling("." + journal.getFileName() + ".lock");
    }

    private static JournalLock lock(Path journal) {
        Path file = fileFor(journal);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    ownerOnly());
        } catch (IOException e) {
            throw new StoreException(Reason.of("lockNotMade", journal, e.getMessage()),
                    "Good Enough could not make sure no other window has the journal "
                    + journal + " open, so it was not opened (" + e.getMessage() + "). Check that"
                    + " its folder can be written to.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new JournalInUseException(journal);
            }
            // Who holds it, for anyone who looks; nothing depends on it.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            return new JournalLock(journal, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new JournalInUseException(journal);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Reason.of("lockFailed", journal, e.getMessage()),
                    "Good Enough could not lock the journal " + journal + " ("
                    + e.getMessage() + ").", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel; nothing more to let go of.
        }
    }

    /**
     * Lets go of the lock, leaving {@code note} in the lock file beside who held it; the next
     * holder's lock clears it.
     */
    void closeLeaving(String note) {
        try {
            channel.write(ByteBuffer.wrap((note + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            // Without the note the journal is only checked in full at the next open.
        }
        close();
    }

    /** Lets go of the lock; another window may open the journal from now on. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel lets the system drop the lock whatever happened here.
        } finally {
            HELD.remove(journal);
        }
    }
}
