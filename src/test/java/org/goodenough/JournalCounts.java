package org.goodenough;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A second, read-only look at an open journal file, for tests that must know whether a call
 * wrote anything: how many rows each table holds, and SQLite's {@code data_version}, which
 * changes whenever another connection commits a change to the file.
 */
public final class JournalCounts implements AutoCloseable {

    /** What a journal held at one moment. */
    public record Counts(long exposures, long reflections, long ladders, long beliefRatings,
            long ownIdeas, long hiddenIdeas, long searchRows, long dataVersion) {

        /** The same counts, ignoring whether anything was committed in between. */
        public Counts rows() {
            return new Counts(exposures, reflections, ladders, beliefRatings, ownIdeas,
                    hiddenIdeas, searchRows, 0);
        }
    }

    private final Path journal;
    private final Connection connection;

    public JournalCounts(Path journal) {
        this.journal = journal;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:file:" + journal + "?mode=ro");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + journal, e);
        }
    }

    public Counts now() {
        return new Counts(count("exposure"), count("reflection"), count("ladder"),
                count("belief_rating"), count("own_idea"), count("hidden_idea"),
                count("exposure_search"), single("PRAGMA data_version"));
    }

    /** What {@code PRAGMA integrity_check} finds: {@code [ok]} for a sound file. */
    public List<String> integrity() {
        List<String> lines = new ArrayList<>();
        try (Connection fresh = DriverManager.getConnection("jdbc:sqlite:file:" + journal + "?mode=ro");
             Statement statement = fresh.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            while (row.next()) {
                lines.add(row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    /**
     * The search index's own check, which needs a connection that could write (it writes
     * nothing): throws when the index disagrees with the texts it holds.
     */
    public void checkSearchIndex() {
        try (Connection checking = DriverManager.getConnection("jdbc:sqlite:" + journal);
             Statement statement = checking.createStatement()) {
            statement.execute("INSERT INTO exposure_search(exposure_search, rank)"
                    + " VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            throw new AssertionError("The search index disagrees with the journal: " + e, e);
        }
    }

    private long count(String table) {
        return single("SELECT count(*) FROM " + table);
    }

    private long single(String sql) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
