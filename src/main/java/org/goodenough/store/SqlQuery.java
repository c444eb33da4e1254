package org.goodenough.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL put together from parts, each with the values of its own placeholders. */
final class SqlQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    SqlQuery(String start, Object... startValues) {
        add(start, startValues);
    }

    /** Appends {@code part}, whose {@code ?} placeholders take {@code partValues} in order. */
    SqlQuery add(String part, Object... partValues) {
        sql.append(' ').append(part);
        values.addAll(Arrays.asList(partValues));
        return this;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        try {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else if (value instanceof Long || value instanceof Integer) {
                    statement.setLong(i + 1, ((Number) value).longValue());
                } else if (value instanceof Enum<?> constant) {
                    statement.setString(i + 1, constant.name());
                } else {
                    statement.setString(i + 1, value.toString());
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
