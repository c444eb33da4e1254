package org.goodenough.store;

import static org.goodenough.store.Columns.enumValue;
import static org.goodenough.store.Columns.instant;
import static org.goodenough.store.Columns.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goodenough.domain.Category;
import org.goodenough.domain.Idea;
import org.goodenough.domain.Stakes;

/** The person's own ideas and hidden built-in ideas in the journal's SQLite file. */
public final class SqliteIdeaRepository implements IdeaRepository {

    private static final String SELECT =
            "SELECT id, title, category, stakes, tip, hidden FROM own_idea";
    private static final String SAVE = "Good Enough could not save the idea";

    private final Database database;

    public SqliteIdeaRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Idea> ownIdeas() {
        return database.read("Good Enough could not read your ideas", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY id");
                 ResultSet row = query.executeQuery()) {
                List<Idea> ideas = new ArrayList<>();
                while (row.next()) {
                    ideas.add(idea(row));
                }
                return ideas;
            }
        });
    }

    @Override
    public Idea addOwn(String title, Category category, Stakes stakes, String tip, Instant now) {
        return database.write(SAVE, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO own_idea (uid, title, category, stakes, tip, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, title);
                text(insert, 3, category);
                text(insert, 4, stakes);
                text(insert, 5, tip);
                instant(insert, 6, now);
                instant(insert, 7, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return load(connection, keys.getLong(1));
                }
            }
        });
    }

    @Override
    public Idea updateOwn(long id, String title, Category category, Stakes stakes, String tip,
            Instant now) {
        return database.write(SAVE, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE own_idea SET title = ?, category = ?, stakes = ?, tip = ?, updated_at = ?
                     WHERE id = ?
                    """)) {
                update.setString(1, title);
                text(update, 2, category);
                text(update, 3, stakes);
                text(update, 4, tip);
                instant(update, 5, now);
                update.setLong(6, id);
                requireOne(update.executeUpdate());
            }
            return load(connection, id);
        });
    }

    @Override
    public Idea setOwnHidden(long id, boolean hidden, Instant now) {
        return database.write(SAVE, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE own_idea SET hidden = ?, updated_at = ? WHERE id = ?")) {
                update.setInt(1, hidden ? 1 : 0);
                instant(update, 2, now);
                update.setLong(3, id);
                requireOne(update.executeUpdate());
            }
            return load(connection, id);
        });
    }

    @Override
    public Set<String> hiddenBuiltIns() {
        return database.read("Good Enough could not read the idea library", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT idea_key FROM hidden_idea");
                 ResultSet row = query.executeQuery()) {
                Set<String> keys = new HashSet<>();
                while (row.next()) {
                    keys.add(row.getString(1));
                }
                return keys;
            }
        });
    }

    @Override
    public void setBuiltInHidden(String key, boolean hidden, Instant now) {
        database.write(SAVE, connection -> {
            try (PreparedStatement change = connection.prepareStatement(hidden
                    ? "INSERT INTO hidden_idea (idea_key, hidden_at) VALUES (?, ?)"
                            + " ON CONFLICT (idea_key) DO NOTHING"
                    : "DELETE FROM hidden_idea WHERE idea_key = ?")) {
                change.setString(1, key);
                if (hidden) {
                    instant(change, 2, now);
                }
                change.executeUpdate();
            }
            return null;
        });
    }

    private static Idea load(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException(Reason.of("noLonger.idea"),
                        "That idea is no longer in the journal.");
                }
                return idea(row);
            }
        }
    }

    private static void requireOne(int changed) {
        if (changed != 1) {
            throw new StoreException(Reason.of("noLonger.idea"),
                        "That idea is no longer in the journal.");
        }
    }

    /** An own idea as stored; whether it touches health is for the planner to judge. */
    private static Idea idea(ResultSet row) throws SQLException {
        return new Idea(Idea.OWN + row.getLong("id"), row.getString("title"),
                enumValue(Category.class, row, "category"), enumValue(Stakes.class, row, "stakes"),
                row.getString("tip"), true, row.getInt("hidden") == 1, false);
    }
}
