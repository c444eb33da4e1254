package org.goodenough.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own check of a database file: every page, index and record it can reach. */
final class Integrity {

    private Integrity() {
    }

    /** What SQLite found wrong, in its words; empty when the file is whole. */
    static List<String> problems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        return problems.equals(List.of("ok")) ? List.of() : List.copyOf(problems);
    }
}
