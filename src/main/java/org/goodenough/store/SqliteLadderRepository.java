package org.goodenough.store;

import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.number;
import static org.goodenough.store.Columns.percent;
import static org.goodenough.store.Columns.text;
import static org.goodenough.store.Columns.value;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.goodenough.domain.BeliefRating;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;

/** Ladders in the journal's SQLite file. */
public final class SqliteLadderRepository implements LadderRepository {

    private static final String SELECT = "SELECT id, uid, name, belief, belief_strength,"
            + " ordered_by_hand, created_at FROM ladder";
    private static final String SAVE = "Good Enough could not save the ladder";

    private final Database database;

    public SqliteLadderRepository(Database database) {
        this.database = database;
    }

    @Override
    public Ladder add(String name, String belief, Percent beliefStrength, Instant now) {
        return database.write(SAVE, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO ladder (uid, name, belief, belief_strength, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, name);
                text(insert, 3, belief);
                number(insert, 4, value(beliefStrength));
                instant(insert, 5, now);
                instant(insert, 6, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (beliefStrength != null) {
                addRating(connection, id, beliefStrength, now);
            }
            return load(connection, id);
        });
    }

    @Override
    public Ladder update(long id, String name, String belief, Percent beliefStrength, Instant now) {
        return database.write(SAVE, connection -> {
            Ladder before = load(connection, id);
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE ladder SET name = ?, belief = ?, belief_strength = ?, updated_at = ?
                     WHERE id = ?
                    """)) {
                update.setString(1, name);
                text(update, 2, belief);
                number(update, 3, value(beliefStrength));
                instant(update, 4, now);
                update.setLong(5, id);
                update.executeUpdate();
            }
            if (beliefStrength != null && !Objects.equals(beliefStrength, before.beliefStrength())) {
                addRating(connection, id, beliefStrength, now);
            }
            return load(connection, id);
        });
    }

    @Override
    public Ladder rateBelief(long id, Percent strength, Instant now) {
        return database.write("Good Enough could not save the rating", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ladder SET belief_strength = ?, updated_at = ? WHERE id = ?")) {
                number(update, 1, strength.value());
                instant(update, 2, now);
                update.setLong(3, id);
                requireOne(update.executeUpdate());
            }
            addRating(connection, id, strength, now);
            return load(connection, id);
        });
    }

    private static void addRating(Connection connection, long id, Percent strength, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO belief_rating (ladder_id, strength, rated_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, strength.value());
            instant(insert, 3, now);
            insert.executeUpdate();
        }
    }

    @Override
    public List<BeliefRating> beliefHistory(long id) {
        return database.read("Good Enough could not read the ladder", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT strength, rated_at FROM belief_rating WHERE ladder_id = ?
                     ORDER BY rated_at, id
                    """)) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    List<BeliefRating> ratings = new ArrayList<>();
                    while (row.next()) {
                        ratings.add(new BeliefRating(percent(row, "strength"),
                                instant(row, "rated_at")));
                    }
                    return ratings;
                }
            }
        });
    }

    @Override
    public Optional<Ladder> find(long id) {
        return database.read("Good Enough could not read the ladder",
                connection -> Optional.ofNullable(loadOrNull(connection, id)));
    }

    @Override
    public List<Ladder> all() {
        return database.read("Good Enough could not read the ladders", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    SELECT + " ORDER BY id");
                 ResultSet row = query.executeQuery()) {
                List<Ladder> ladders = new ArrayList<>();
                while (row.next()) {
                    ladders.add(ladder(row));
                }
                return ladders;
            }
        });
    }

    @Override
    public void orderByHand(long id, List<Long> seriesIds, Instant now) {
        database.write("Good Enough could not save the new order", connection -> {
            setOrderedByHand(connection, id, true, now);
            try (PreparedStatement clear = connection.prepareStatement(
                    "UPDATE exposure SET rung_position = NULL WHERE ladder_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            try (PreparedStatement place = connection.prepareStatement(
                    "UPDATE exposure SET rung_position = ? WHERE id = ? AND ladder_id = ?")) {
                for (int i = 0; i < seriesIds.size(); i++) {
                    place.setInt(1, i + 1);
                    place.setLong(2, seriesIds.get(i));
                    place.setLong(3, id);
                    place.addBatch();
                }
                place.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void orderByDistress(long id, Instant now) {
        database.write("Good Enough could not save the new order", connection -> {
            setOrderedByHand(connection, id, false, now);
            try (PreparedStatement clear = connection.prepareStatement(
                    "UPDATE exposure SET rung_position = NULL WHERE ladder_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
            }
            return null;
        });
    }

    private static void setOrderedByHand(Connection connection, long id, boolean byHand,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ladder SET ordered_by_hand = ?, updated_at = ? WHERE id = ?")) {
            update.setInt(1, byHand ? 1 : 0);
            instant(update, 2, now);
            update.setLong(3, id);
            requireOne(update.executeUpdate());
        }
    }

    @Override
    public Map<Long, Integer> rungPositions(long id) {
        return database.read("Good Enough could not read the ladder", connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, rung_position FROM exposure
                     WHERE ladder_id = ? AND rung_position IS NOT NULL
                    """)) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    Map<Long, Integer> positions = new HashMap<>();
                    while (row.next()) {
                        positions.put(row.getLong(1), row.getInt(2));
                    }
                    return positions;
                }
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return database.write("Good Enough could not delete the ladder", connection -> {
            try (PreparedStatement unplace = connection.prepareStatement(
                    "UPDATE exposure SET rung_position = NULL WHERE ladder_id = ?")) {
                unplace.setLong(1, id);
                unplace.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM ladder WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static Ladder load(Connection connection, long id) throws SQLException {
        Ladder ladder = loadOrNull(connection, id);
        if (ladder == null) {
            throw new StoreException(Reason.of("noLonger.ladder"),
                        "That ladder is no longer in the journal.");
        }
        return ladder;
    }

    private static Ladder loadOrNull(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? ladder(row) : null;
            }
        }
    }

    private static void requireOne(int changed) {
        if (changed != 1) {
            throw new StoreException(Reason.of("noLonger.ladder"),
                        "That ladder is no longer in the journal.");
        }
    }

    private static Ladder ladder(ResultSet row) throws SQLException {
        return new Ladder(row.getLong("id"), row.getString("uid"), row.getString("name"),
                row.getString("belief"), percent(row, "belief_strength"),
                row.getInt("ordered_by_hand") == 1, instant(row, "created_at"));
    }
}
