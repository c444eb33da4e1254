package org.goodenough.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's schema, as numbered scripts in {@code migrations/1.sql}, {@code 2.sql}, … next
 * to this class. Script N takes a journal from version N-1 to N; each runs in its own
 * transaction, which also records the new version in {@code PRAGMA user_version}.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "migrations/";

    /** The journal version this build writes: the number of the last script. */
    static final int LATEST = countScripts();

    private Migrations() {
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /**
     * Brings the journal up to {@link #LATEST}; the caller has already refused journals newer
     * than this build.
     */
    static void apply(Connection connection) throws SQLException {
        for (int next = userVersion(connection) + 1; next <= LATEST; next++) {
            applyOne(connection, next);
        }
    }

    private static void applyOne(Connection connection, int version) throws SQLException {
        String script = script(version);
        boolean applied = Database.inTransaction(connection, "BEGIN IMMEDIATE", locked -> {
            // Read again under the write lock: another process may have migrated since.
            if (userVersion(locked) >= version) {
                return false;
            }
            try (Statement statement = locked.createStatement()) {
                statement.executeUpdate(script);
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
            return true;
        });
        if (applied) {
            LOG.info("Journal schema migrated to version {}", version);
        }
    }

    private static String script(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + version + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("Migration script " + version + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countScripts() {
        int count = 0;
        while (Migrations.class.getResource(FOLDER + (count + 1) + ".sql") != null) {
            count++;
        }
        return count;
    }
}
