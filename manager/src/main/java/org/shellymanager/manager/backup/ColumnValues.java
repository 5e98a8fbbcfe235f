package org.shellymanager.manager.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.shellymanager.manager.security.SecretCipher;

/** Archive values to and from JDBC, by the kind of column they belong to, the same on every database. */
final class ColumnValues {

    private ColumnValues() {
    }

    /**
     * Binds an archived value (as {@link ArchiveReader} decodes it) to a parameter of the column's type: binary values
     * come as bytes from binary sections and as Base64 text from JSON ones.
     */
    static void bind(PreparedStatement statement, int index, DatabaseSchema.Column column, Object value, SecretCipher secrets)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, column.jdbcType());
            return;
        }
        switch (column.kind()) {
            case BOOLEAN -> statement.setBoolean(index, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
            case INTEGER -> statement.setLong(index, value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue());
            case DECIMAL -> {
                if (column.floating()) {
                    statement.setDouble(index, ((Number) value).doubleValue());
                } else {
                    statement.setBigDecimal(index, switch (value) {
                        case BigDecimal decimal -> decimal;
                        case Double number -> BigDecimal.valueOf(number);
                        default -> BigDecimal.valueOf(((Number) value).longValue());
                    });
                }
            }
            case BINARY -> statement.setBytes(index, value instanceof byte[] bytes ? bytes : Base64.getDecoder().decode((String) value));
            case TEXT -> statement.setString(index, value instanceof ArchiveReader.Secret secret ? secrets.seal(secret.plain())
                    : String.valueOf(value));
        }
    }

    /**
     * A key value in one form whichever database or JSON produced it: {@code Long} for integers, {@code Boolean}
     * for flags, {@code String} for the rest; so keys from triggers and from rows compare equal.
     */
    static Object normal(ColumnKind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER -> value instanceof Boolean b ? (b ? 1L : 0L) : ((Number) value).longValue();
            case BOOLEAN -> value instanceof Boolean b ? b : ((Number) value).longValue() != 0;
            default -> String.valueOf(value);
        };
    }

    /** The key of the current row of {@code rs}, which holds the table's columns in order. */
    static List<Object> key(ResultSet rs, DatabaseSchema.Table table) throws SQLException {
        List<DatabaseSchema.Column> keyColumns = table.keyColumns();
        List<Object> key = new ArrayList<>(keyColumns.size());
        for (DatabaseSchema.Column column : keyColumns) {
            int index = table.columns().indexOf(column) + 1;
            ColumnKind kind = column.kind();
            Object value = switch (kind) {
                case INTEGER -> rs.getLong(index);
                case BOOLEAN -> rs.getBoolean(index);
                default -> rs.getString(index);
            };
            key.add(rs.wasNull() ? null : normal(kind, value));
        }
        return key;
    }
}
