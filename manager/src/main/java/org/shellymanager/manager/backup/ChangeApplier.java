package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.shellymanager.manager.security.SecretCipher;

/**
 * Applies an incremental or differential archive on top of the restored state, in the restore's transaction. Read
 * twice: the first pass ({@code clearing}) removes the rows of every key in a clear block, the second writes the
 * rows, updating a row whose key exists (so rows that reference it stay) and inserting the others. Removing first
 * frees unique values, such as a device's MAC address, that a new row may take.
 */
final class ChangeApplier implements ArchiveReader.RowSink {

    private final Connection connection;
    private final DatabaseSchema schema;
    private final SecretCipher secrets;
    private final boolean clearing;
    private final LongConsumer progress;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private DatabaseSchema.Table table;
    private List<DatabaseSchema.Column> columns;
    private boolean active;

    ChangeApplier(Connection connection, DatabaseSchema schema, SecretCipher secrets, boolean clearing, LongConsumer progress) {
        this.connection = connection;
        this.schema = schema;
        this.secrets = secrets;
        this.clearing = clearing;
        this.progress = progress;
    }

    @Override
    public void table(String name, List<String> archived, boolean clear) {
        table = schema.table(name);
        columns = archived.stream().map(c -> table.column(c.substring(0, c.indexOf(':')))).toList();
        active = clear == clearing;
    }

    @Override
    public void row(List<Object> values) {
        if (!active) {
            return;
        }
        try {
            if (clearing) {
                bindAll(delete(values), 1, columns, values, true).executeUpdate();
            } else if (table.primaryKey().isEmpty()) {
                bindAll(insert(), 1, columns, values, false).executeUpdate();
            } else {
                upsert(values);
            }
            progress.accept(1);
        } catch (SQLException e) {
            throw new Restorer.RestoreFailure(e);
        }
    }

    private void upsert(List<Object> values) throws SQLException {
        List<DatabaseSchema.Column> keys = table.keyColumns();
        List<Object> key = keys.stream().map(k -> values.get(columns.indexOf(k))).toList();
        List<DatabaseSchema.Column> others = columns.stream().filter(c -> !keys.contains(c)).toList();
        boolean present;
        if (others.isEmpty()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM " + schema.q(table.actualName())
                    + " WHERE " + where(keys, key))) {
                bindAll(exists, 1, keys, key, true);
                try (ResultSet rs = exists.executeQuery()) {
                    present = rs.next();
                }
            }
        } else {
            PreparedStatement update = statement("update " + table.name(), () -> "UPDATE " + schema.q(table.actualName())
                    + " SET " + others.stream().map(c -> schema.q(c.actualName()) + " = ?").collect(Collectors.joining(", "))
                    + " WHERE " + where(keys, key));
            bindAll(update, 1, others, others.stream().map(c -> values.get(columns.indexOf(c))).toList(), false);
            bindAll(update, others.size() + 1, keys, key, true);
            present = update.executeUpdate() > 0;
        }
        if (!present) {
            bindAll(insert(), 1, columns, values, false).executeUpdate();
        }
    }

    private PreparedStatement insert() throws SQLException {
        return statement("insert " + table.name() + columns, () -> "INSERT INTO " + schema.q(table.actualName()) + " ("
                + columns.stream().map(c -> schema.q(c.actualName())).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
    }

    private PreparedStatement delete(List<Object> key) throws SQLException {
        String sql = "DELETE FROM " + schema.q(table.actualName()) + " WHERE " + where(columns, key);
        return statement(sql, () -> sql);
    }

    private String where(List<DatabaseSchema.Column> keys, List<Object> key) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            terms.add(schema.q(keys.get(i).actualName()) + (key.get(i) == null ? " IS NULL" : " = ?"));
        }
        return String.join(" AND ", terms);
    }

    /** Binds values from parameter {@code first} on; key terms skip nulls, which {@link #where} matches by IS NULL. */
    private PreparedStatement bindAll(PreparedStatement statement, int first, List<DatabaseSchema.Column> of, List<Object> values,
                                      boolean keyTerms) throws SQLException {
        int index = first;
        for (int i = 0; i < of.size(); i++) {
            if (values.get(i) != null || !keyTerms) {
                ColumnValues.bind(statement, index++, of.get(i), values.get(i), secrets);
            }
        }
        return statement;
    }

    private interface Sql {
        String get();
    }

    private PreparedStatement statement(String name, Sql sql) throws SQLException {
        PreparedStatement statement = statements.get(name);
        if (statement == null) {
            statement = connection.prepareStatement(sql.get());
            statements.put(name, statement);
        }
        return statement;
    }

    void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
