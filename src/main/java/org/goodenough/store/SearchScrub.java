package org.goodenough.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a deleted exposure's words out of the search index. FTS5 keeps them in its segments
 * until those are merged, and merging them (its 'optimize') rewrites the whole index: seconds
 * at 100,000 exposures. So a delete only marks the clean-up as due, in the same transaction,
 * and it runs once when the journal closes, however many were deleted. The mark is in the
 * journal, so a clean-up a crash cut off runs at the next close.
 */
final class SearchScrub {

    private static final Logger LOG = LoggerFactory.getLogger(SearchScrub.class);
    private static final String DUE = "search.scrub-due";

    private SearchScrub() {
    }

    /** Marks the clean-up as due; part of the delete's own transaction. */
    static void markDue(Connection connection) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING")) {
            mark.setString(1, DUE);
            mark.executeUpdate();
        }
    }

    /** Merges the index, and clears the mark, if anything was deleted since the last time. */
    static void runIfDue(Database database) {
        try {
            database.write("Good Enough could not tidy the search index", connection -> {
                if (!due(connection)) {
                    return false;
                }
                try (Statement optimize = connection.createStatement()) {
                    optimize.execute("INSERT INTO exposure_search (exposure_search) VALUES ('optimize')");
                    optimize.execute("DELETE FROM setting WHERE key = '" + DUE + "'");
                }
                return true;
            });
        } catch (RuntimeException e) {
            // A journal moved or made read-only meanwhile: the mark stays for the next close.
            LOG.warn("The search index was not tidied after a delete ({})", e.getClass().getSimpleName());
        }
    }

    private static boolean due(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM setting WHERE key = ?")) {
            query.setString(1, DUE);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
