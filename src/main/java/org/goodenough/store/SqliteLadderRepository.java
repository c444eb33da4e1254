package org.goodenough.store;

import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.number;
import static org.goodenough.store.Columns.percent;
import static org.goodenough.store.Columns.text;
import static org.goodenough.store.Columns.value;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goodenough.domain.Ladder;
import org.goodenough.domain.Percent;

/** Ladders in the journal's SQLite file. */
public final class SqliteLadderRepository implements LadderRepository {

    private static final String SELECT =
            "SELECT id, uid, name, belief, belief_strength, created_at FROM ladder";

    private final Database database;

    public SqliteLadderRepository(Database database) {
        this.database = database;
    }

    @Override
    public Ladder add(String name, String belief, Percent beliefStrength, Instant now) {
        return database.write("Good Enough could not save the ladder", connection -> {
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
            return load(connection.prepareStatement(SELECT + " WHERE id = ?"), id).orElseThrow();
        });
    }

    @Override
    public Ladder update(long id, String name, String belief, Percent beliefStrength, Instant now) {
        return database.write("Good Enough could not save the ladder", connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE ladder SET name = ?, belief = ?, belief_strength = ?, updated_at = ?
                     WHERE id = ?
                    """)) {
                update.setString(1, name);
                text(update, 2, belief);
                number(update, 3, value(beliefStrength));
                instant(update, 4, now);
                update.setLong(5, id);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("That ladder is no longer in the journal.");
                }
            }
            return load(connection.prepareStatement(SELECT + " WHERE id = ?"), id).orElseThrow();
        });
    }

    @Override
    public Optional<Ladder> find(long id) {
        return database.read("Good Enough could not read the ladder",
                connection -> load(connection.prepareStatement(SELECT + " WHERE id = ?"), id));
    }

    @Override
    public List<Ladder> all() {
        return database.read("Good Enough could not read the ladders", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    SELECT + " ORDER BY name COLLATE NOCASE, id");
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
    public boolean delete(long id) {
        return database.write("Good Enough could not delete the ladder", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM ladder WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static Optional<Ladder> load(PreparedStatement query, long id) throws SQLException {
        try (query) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(ladder(row)) : Optional.empty();
            }
        }
    }

    private static Ladder ladder(ResultSet row) throws SQLException {
        return new Ladder(row.getLong("id"), row.getString("uid"), row.getString("name"),
                row.getString("belief"), percent(row, "belief_strength"), instant(row, "created_at"));
    }
}
