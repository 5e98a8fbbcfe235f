package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of tables a restore fills from empty: dropped before the rows go in and made again once
 * they are all there, which is far less work than keeping them up to date row by row. Only on SQLite and
 * PostgreSQL, whose index changes are part of the restore's one transaction (a failure brings them back); MariaDB
 * commits on every index change, so there they stay. Indexes that carry a primary key or a unique constraint stay
 * everywhere: they check the rows as they come.
 */
final class BulkIndexes {

    private BulkIndexes() {
    }

    /** Drops the tables' secondary indexes; answers the statements that make them again, for {@link #create}. */
    static List<String> drop(Connection connection, List<DatabaseSchema.Table> tables) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String query = switch (product) {
            case "SQLite" -> "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL";
            case "PostgreSQL" -> "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                    + "AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)";
            default -> null;
        };
        List<String> definitions = new ArrayList<>();
        if (query == null) {
            return definitions;
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement indexes = connection.prepareStatement(query)) {
            for (DatabaseSchema.Table table : tables) {
                indexes.setString(1, table.actualName());
                try (ResultSet rs = indexes.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        definitions.add(rs.getString(2));
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name + "\"");
            }
        }
        return definitions;
    }

    static void create(Connection connection, List<String> definitions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }
}
