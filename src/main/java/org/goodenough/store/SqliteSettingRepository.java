package org.goodenough.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Settings in the journal's SQLite file. */
public final class SqliteSettingRepository implements SettingRepository {

    private final Database database;

    public SqliteSettingRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> get(String key) {
        return database.read("Good Enough could not read a setting", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT value FROM setting WHERE key = ?")) {
                query.setString(1, key);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        database.write("Good Enough could not save a setting", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """)) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
