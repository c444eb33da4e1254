package org.goodenough.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The files SQLite keeps beside a journal while it is in use: the write-ahead log (-wal), its
 * index (-shm) and the rollback journal (-journal). They belong with the journal's file: one
 * left beside another file would be read as part of it.
 */
final class JournalFiles {

    static final List<String> SUFFIXES = List.of("-wal", "-shm", "-journal");

    /** How a -journal that can still undo a write begins (SQLite's file format, section 4). */
    private static final byte[] ROLLBACK_MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9,
            0x20, (byte) 0xa1, 0x63, (byte) 0xd7};
    /** Where its header keeps the database's size, in pages, from before the write. */
    private static final int PAGES_BEFORE_OFFSET = 16;

    private JournalFiles() {
    }

    static Path beside(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Whether a -wal or -journal lies beside {@code file}: pages of it may be in there. */
    static boolean hasLogBesideIt(Path file) {
        return Files.exists(beside(file, "-wal")) || Files.exists(beside(file, "-journal"));
    }

    /**
     * Whether a -journal beside {@code file} can undo a write to a database that was empty
     * before it: the first write to a new database, cut short (the app killed, say). Nothing in
     * such a file was ever saved, and SQLite empties it again when it is next opened for writing.
     */
    static boolean firstWriteCutShort(Path file) throws IOException {
        Path rollback = beside(file, "-journal");
        if (!Files.isRegularFile(rollback)) {
            return false;
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(rollback)) {
            header = in.readNBytes(PAGES_BEFORE_OFFSET + Integer.BYTES);
        }
        return header.length == PAGES_BEFORE_OFFSET + Integer.BYTES
                && Arrays.equals(header, 0, ROLLBACK_MAGIC.length, ROLLBACK_MAGIC, 0, ROLLBACK_MAGIC.length)
                && ByteBuffer.wrap(header).getInt(PAGES_BEFORE_OFFSET) == 0;
    }
}
