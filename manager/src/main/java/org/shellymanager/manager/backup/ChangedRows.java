package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;


/**
 * Writes one table's part of an incremental or differential archive, read in the backup's snapshot: the current
 * rows of every key recorded in {@code backup_changes} after the parent's change number, and the keys to clear.
 * For a table with a primary key the clear block holds the tombstones (changed keys without a row now) and the
 * restore updates or inserts the rows; for a table without one every changed key names a group of rows that the
 * restore clears and inserts again.
 */
final class ChangedRows {

    private static final int BATCH = 100;

    private final Connection connection;
    private final DatabaseSchema schema;
    private final RowEncoder encoder;
    private final LongConsumer progress;

    ChangedRows(Connection connection, DatabaseSchema schema, RowEncoder encoder, LongConsumer progress) {
        this.connection = connection;
        this.schema = schema;
        this.encoder = encoder;
        this.progress = progress;
    }

    /** Writes the table's blocks; returns its count for the manifest. */
    Manifest.TableCount write(DatabaseSchema.Table table, long since, SectionOutput out) throws SQLException {
        boolean keyed = !table.primaryKey().isEmpty();
        List<DatabaseSchema.Column> keyColumns = table.keyColumns();
        long cleared = 0;
        if (!keyed) {
            encoder.header(out, table.name(), keyColumns, true);
            for (List<List<Object>> batch : batches(table, since)) {
                for (List<Object> key : batch) {
                    encoder.key(out, key);
                    cleared++;
                }
            }
        }
        encoder.header(out, table.name(), table.columns(), false);
        long rows = 0;
        List<List<Object>> tombstones = new ArrayList<>();
        for (List<List<Object>> batch : batches(table, since)) {
            Set<List<Object>> missing = new HashSet<>(batch);
            try (PreparedStatement select = lookup(table, batch); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    encoder.row(out, rs, table.columns());
                    missing.remove(ColumnValues.key(rs, table));
                    rows++;
                    progress.accept(1);
                }
            }
            if (keyed) {
                batch.stream().filter(missing::contains).forEach(tombstones::add);
            }
        }
        if (keyed) {
            encoder.header(out, table.name(), keyColumns, true);
            for (List<Object> key : tombstones) {
                encoder.key(out, key);
            }
            cleared = tombstones.size();
        }
        return new Manifest.TableCount(table.name(), rows, cleared);
    }

    /** A query for the rows of a batch of keys; a null key value matches NULL. */
    private PreparedStatement lookup(DatabaseSchema.Table table, List<List<Object>> keys) throws SQLException {
        List<DatabaseSchema.Column> keyColumns = table.keyColumns();
        String where = keys.stream().map(key -> {
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < keyColumns.size(); i++) {
                terms.add(schema.q(keyColumns.get(i).actualName()) + (key.get(i) == null ? " IS NULL" : " = ?"));
            }
            return "(" + String.join(" AND ", terms) + ")";
        }).collect(Collectors.joining(" OR "));
        PreparedStatement select = connection.prepareStatement("SELECT " + table.columns().stream()
                .map(c -> schema.q(c.actualName())).collect(Collectors.joining(", ")) + " FROM " + schema.q(table.actualName())
                + " WHERE " + where);
        int index = 1;
        for (List<Object> key : keys) {
            for (int i = 0; i < keyColumns.size(); i++) {
                if (key.get(i) != null) {
                    ColumnValues.bind(select, index++, keyColumns.get(i), key.get(i), null);
                }
            }
        }
        return select;
    }

    /** The distinct keys recorded for a table after a change number, decoded, in batches. */
    private List<List<List<Object>>> batches(DatabaseSchema.Table table, long since) throws SQLException {
        List<List<List<Object>>> batches = new ArrayList<>();
        Set<List<Object>> batch = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT row_key FROM backup_changes WHERE table_name = ? AND seq > ?")) {
            select.setString(1, table.name());
            select.setLong(2, since);
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(decode(table, rs.getString(1)));
                    if (batch.size() == BATCH) {
                        batches.add(List.copyOf(batch));
                        batch.clear();
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.add(List.copyOf(batch));
        }
        return batches;
    }

    private static List<Object> decode(DatabaseSchema.Table table, String rowKey) {
        List<?> raw = Archives.JSON.readValue(rowKey, List.class);
        List<DatabaseSchema.Column> keyColumns = table.keyColumns();
        if (raw.size() != keyColumns.size()) {
            throw new IllegalStateException("a recorded key of " + table.name() + " has " + raw.size() + " values for "
                    + keyColumns.size() + " key columns: " + rowKey);
        }
        List<Object> key = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            key.add(ColumnValues.normal(keyColumns.get(i).kind(), raw.get(i)));
        }
        return key;
    }
}
