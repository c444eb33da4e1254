package org.goodenough.store;

import static org.goodenough.store.Columns.enumValue;
import static org.goodenough.store.Columns.id;
import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.number;
import static org.goodenough.store.Columns.percent;
import static org.goodenough.store.Columns.text;
import static org.goodenough.store.Columns.value;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Category;
import org.goodenough.domain.Exposure;
import org.goodenough.domain.HiddenIdea;
import org.goodenough.domain.ImportCount;
import org.goodenough.domain.PortableExposure;
import org.goodenough.domain.PortableIdea;
import org.goodenough.domain.PortableJournal;
import org.goodenough.domain.PortableLadder;
import org.goodenough.domain.Progress;
import org.goodenough.domain.Stakes;

/** Reads and writes whole journals of records with stable ids in the SQLite file. */
public final class SqliteTransferRepository implements TransferRepository {

    private final Database database;

    public SqliteTransferRepository(Database database) {
        this.database = database;
    }

    @Override
    public void read(Long ladderId, PortableSink sink) {
        database.read("Good Enough could not read the journal to export it", connection -> {
            sink.begin(count(connection, ladderId));
            for (PortableLadder ladder : ladders(connection, ladderId)) {
                sink.ladder(ladder);
            }
            exposures(connection, ladderId, sink);
            if (ladderId == null) {
                ideas(connection, sink);
            }
            return null;
        });
    }

    private static long count(Connection connection, Long ladderId) throws SQLException {
        String sql = ladderId == null ? """
                SELECT (SELECT count(*) FROM ladder) + (SELECT count(*) FROM exposure)
                     + (SELECT count(*) FROM own_idea) + (SELECT count(*) FROM hidden_idea)
                """ : "SELECT 1 + (SELECT count(*) FROM exposure WHERE ladder_id = ?1)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (ladderId != null) {
                query.setLong(1, ladderId);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static List<PortableLadder> ladders(Connection connection, Long ladderId)
            throws SQLException {
        String where = ladderId == null ? "" : " WHERE id = ?";
        List<PortableLadder> ladders = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, uid, name, belief, belief_strength, ordered_by_hand, created_at,
                       updated_at
                  FROM ladder""" + where + " ORDER BY id")) {
            if (ladderId != null) {
                query.setLong(1, ladderId);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ladders.add(new PortableLadder(row.getString("uid"), row.getString("name"),
                            row.getString("belief"), percent(row, "belief_strength"),
                            row.getInt("ordered_by_hand") == 1, instant(row, "created_at"),
                            instant(row, "updated_at"), beliefHistory(connection, row.getLong("id"))));
                }
            }
        }
        return ladders;
    }

    private static List<BeliefRating> beliefHistory(Connection connection, long ladderId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT strength, rated_at FROM belief_rating WHERE ladder_id = ?
                 ORDER BY rated_at, id
                """)) {
            query.setLong(1, ladderId);
            List<BeliefRating> history = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    history.add(new BeliefRating(percent(row, "strength"), instant(row, "rated_at")));
                }
            }
            return history;
        }
    }

    private static void exposures(Connection connection, Long ladderId, PortableSink sink)
            throws SQLException {
        // Ids grow with time and a repeat always names an earlier exposure, so reading by id
        // gives each series' first exposure before its repeats.
        String where = ladderId == null ? "" : " WHERE e.ladder_id = ?";
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ExposureRows.COLUMNS
                + ", l.uid AS ladder_uid, f.uid AS repeat_uid, f.ladder_id AS repeat_ladder_id"
                + " FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id"
                + " LEFT JOIN ladder l ON l.id = e.ladder_id"
                + " LEFT JOIN exposure f ON f.id = e.repeat_of" + where + " ORDER BY e.id")) {
            if (ladderId != null) {
                query.setLong(1, ladderId);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sink.exposure(portable(row, ladderId));
                }
            }
        }
    }

    private static PortableExposure portable(ResultSet row, Long ladderId) throws SQLException {
        Exposure exposure = ExposureRows.exposure(row);
        String repeatOf = row.getString("repeat_uid");
        if (ladderId != null && !ladderId.equals(id(row, "repeat_ladder_id"))) {
            // Only what is on the ladder leaves with it; a series is kept on one ladder anyway.
            repeatOf = null;
        }
        return new PortableExposure(exposure.uid(), row.getString("ladder_uid"), repeatOf,
                number(row, "rung_position"), exposure.plan(), exposure.status(),
                exposure.doneAt(), exposure.distress(), exposure.reflection(),
                exposure.createdAt(), exposure.updatedAt());
    }

    private static void ideas(Connection connection, PortableSink sink) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT uid, title, category, stakes, tip, hidden, created_at, updated_at
                  FROM own_idea ORDER BY id
                """);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sink.idea(new PortableIdea(row.getString("uid"), row.getString("title"),
                        enumValue(Category.class, row, "category"),
                        enumValue(Stakes.class, row, "stakes"), row.getString("tip"),
                        row.getInt("hidden") == 1, instant(row, "created_at"),
                        instant(row, "updated_at")));
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT idea_key, hidden_at FROM hidden_idea ORDER BY idea_key");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sink.hiddenIdea(new HiddenIdea(row.getString("idea_key"), instant(row, "hidden_at")));
            }
        }
    }

    @Override
    public KnownIds knownIds() {
        return database.read("Good Enough could not read the journal", connection -> {
            Map<String, Boolean> exposures = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT uid, repeat_of IS NULL FROM exposure");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    exposures.put(row.getString(1), row.getInt(2) == 1);
                }
            }
            return new KnownIds(uids(connection, "ladder"), exposures, uids(connection, "own_idea"));
        });
    }

    private static Set<String> uids(Connection connection, String table) throws SQLException {
        Set<String> uids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT uid FROM " + table);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                uids.add(row.getString(1));
            }
        }
        return uids;
    }

    @Override
    public ImportCount write(PortableJournal journal, Progress progress) {
        return database.write("Good Enough could not import into the journal",
                connection -> new ImportWriter(connection, journal.size(), progress).write(journal));
    }
}
