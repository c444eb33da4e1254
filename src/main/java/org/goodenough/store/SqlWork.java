package org.goodenough.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work against the journal's connection. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
