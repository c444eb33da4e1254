package org.goodenough.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * What a SQLite file says about itself, learnt without anything that could write to it: first
 * from its 100-byte header, then, where the header may be stale or says too little, through a
 * read-only connection.
 *
 * @param sqlite        whether the file starts with SQLite's magic string
 * @param userVersion   the schema version the journal records (0 in a fresh database)
 * @param applicationId the id of the program that owns the database (0 when none set it)
 * @param wal           whether the file is in write-ahead-log mode, so newer pages may sit in
 *                      the -wal file beside it
 * @param tables        how many tables, indexes and triggers it holds; -1 when not counted
 */
record JournalHeader(boolean sqlite, int userVersion, int applicationId, boolean wal, int tables) {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final int WRITE_VERSION_OFFSET = 18;
    private static final byte WAL_MODE = 2;

    static JournalHeader read(Path file) throws IOException {
        byte[] bytes = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(bytes, 0, HEADER_SIZE);
        }
        if (read < HEADER_SIZE || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new JournalHeader(false, 0, 0, false, -1);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        return new JournalHeader(true, header.getInt(USER_VERSION_OFFSET),
                header.getInt(APPLICATION_ID_OFFSET), bytes[WRITE_VERSION_OFFSET] == WAL_MODE, -1);
    }

    /**
     * Reads the live values through {@code connection}, a read-only one (see
     * {@link ReadOnlyJournal}), which sees pages still in the -wal file and never writes the
     * database or checkpoints it.
     */
    static JournalHeader inspect(Connection connection, JournalHeader header) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT (SELECT user_version FROM"
                     + " pragma_user_version), (SELECT application_id FROM pragma_application_id),"
                     + " (SELECT count(*) FROM sqlite_master)")) {
            row.next();
            return new JournalHeader(true, row.getInt(1), row.getInt(2), header.wal(), row.getInt(3));
        }
    }
}
