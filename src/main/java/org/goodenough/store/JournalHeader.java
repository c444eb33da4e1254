package org.goodenough.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of a SQLite file, read without opening a database connection, so a file
 * can be judged before anything could write to it.
 *
 * @param sqlite        whether the file starts with SQLite's magic string
 * @param userVersion   the schema version the journal records (0 in a fresh database)
 * @param applicationId the id of the program that owns the database (0 when none set it)
 */
record JournalHeader(boolean sqlite, int userVersion, int applicationId) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    static JournalHeader read(Path file) throws IOException {
        byte[] bytes = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(bytes, 0, HEADER_SIZE);
        }
        if (read < HEADER_SIZE || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new JournalHeader(false, 0, 0);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        return new JournalHeader(true, header.getInt(USER_VERSION_OFFSET),
                header.getInt(APPLICATION_ID_OFFSET));
    }
}
