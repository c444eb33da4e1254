package org.goodenough.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What lets a journal that was checked and then closed by this app open without reading every
 * page again. SQLite's integrity check reads the whole file: about a second at 100,000
 * exposures, before the window could show anything. It is needed for a file something else
 * may have touched; a file exactly as this app closed it was checked when it opened, and every
 * change since went through SQLite's own transactions.
 *
 * <p>On a clean close (the write-ahead log folded in and gone), the journal's modification
 * time is set two seconds back, and its size, that time and its file key (device and inode)
 * are written into the lock file beside it. Any later write to the file, by anything, sets its
 * time to the present, so it no longer matches; a copy put in its place has another inode; a
 * crash leaves a log beside it, and taking the lock again at the next open clears the note.
 * Only a journal that matches all of that skips the check, and the daily backup still runs the
 * full check before it copies.
 */
final class JournalSeal {

    private static final String PREFIX = "closed-whole ";

    private JournalSeal() {
    }

    /** Whether {@code journal} is exactly as this app last closed it, after a check. */
    static boolean holds(Path journal) {
        try {
            Path wal = JournalFiles.beside(journal, "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                return false;
            }
            Path lock = JournalLock.fileFor(journal);
            if (!Files.isRegularFile(lock)) {
                return false;
            }
            String expected = PREFIX + describe(journal);
            return Files.readAllLines(lock, StandardCharsets.US_ASCII).stream()
                    .anyMatch(expected::equals);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The line to keep beside a journal just closed whole, or null when its time cannot be
     * set (it is then checked in full at the next open, as before).
     */
    static String afterClosing(Path journal) {
        try {
            if (Files.exists(JournalFiles.beside(journal, "-wal"))) {
                return null;
            }
            Instant back = Instant.now().minusSeconds(2);
            Files.setLastModifiedTime(journal, FileTime.from(back.toEpochMilli(), TimeUnit.MILLISECONDS));
            return PREFIX + describe(journal);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(Path journal) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(journal, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                + " " + attributes.fileKey();
    }
}
