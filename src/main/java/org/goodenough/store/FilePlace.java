package org.goodenough.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;

/**
 * Tells whether the file at a journal's place is still the one that was opened, and still
 * open to writing. An open file that is moved or deleted can still be written, but what is
 * written then ends in a file nobody can find again, or that the system frees when the app
 * closes. And a file its owner marked read-only is not written, even by a program (or user)
 * the system would let through.
 */
final class FilePlace {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FilePlace() {
    }

    /** The system's identity of the file at {@code file} (device and inode), or null. */
    static Object identity(Path file) {
        try {
            return attributes(file).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the file's owner marked it read-only, or this user may not write it. */
    static boolean markedReadOnly(Path file) throws IOException {
        return !Files.isWritable(file) || markedReadOnly(attributes(file));
    }

    /**
     * @throws JournalMovedException unless the file opened as {@code identity} is still at
     *         {@code file}
     * @throws StoreException        if it was marked read-only since
     */
    static void requireWritable(Path file, Object identity) {
        BasicFileAttributes now;
        try {
            now = attributes(file);
        } catch (NoSuchFileException e) {
            throw new JournalMovedException(file, true);
        } catch (IOException e) {
            // The place cannot be looked at just now; SQLite's own error, if any, will tell.
            return;
        }
        if (identity != null && !Objects.equals(identity, now.fileKey())) {
            throw new JournalMovedException(file, false);
        }
        if (markedReadOnly(now)) {
            throw new StoreException(Reason.of("readOnlyWhileOpen", file),
                    "Nothing was saved just now: the journal " + file + " was made"
                    + " read-only while Good Enough had it open. What you wrote is still here. Allow"
                    + " writing to the file again, then save.");
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        if (POSIX) {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean markedReadOnly(BasicFileAttributes attributes) {
        return attributes instanceof PosixFileAttributes posix
                && !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
    }
}
