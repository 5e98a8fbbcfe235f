package org.shellymanager.manager.backup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.manager.security.SecretCipher;

/**
 * Writes a section's blocks ({@link BinarySection}): a header naming a table and its columns ({@code "clear": true}
 * for a block of keys to remove), then one tagged row per row. In an encrypted archive, values sealed by the
 * server's key are written in clear inside the archive's own encryption, so a server with another key can seal them
 * again.
 */
final class RowEncoder {

    private final SecretCipher secrets;
    private final boolean encrypted;

    RowEncoder(SecretCipher secrets, boolean encrypted) {
        this.secrets = secrets;
        this.encrypted = encrypted;
    }

    void header(SectionOutput out, String table, List<DatabaseSchema.Column> columns, boolean clear) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("table", table);
        header.put("columns", columns.stream().map(c -> c.name() + ":" + c.kind().name().toLowerCase(Locale.ROOT)).toList());
        if (clear) {
            header.put("clear", true);
        }
        out.writeByte(BinarySection.TABLE);
        out.writeBytes(Archives.JSON.writeValueAsBytes(header));
    }

    /**
     * Writes the current row of {@code rs}, whose columns are {@code columns} in order. Numbers of a column that
     * cannot be NULL are not asked whether they were: on SQLite each such question is a call into the driver's native
     * code, as costly as reading the value.
     */
    void row(SectionOutput out, ResultSet rs, List<DatabaseSchema.Column> columns) throws SQLException {
        out.writeByte(BinarySection.ROW);
        for (int i = 0; i < columns.size(); i++) {
            value(rs, i + 1, columns.get(i), out);
        }
    }

    /** Writes a key of plain values (see {@link ColumnValues#normal}). */
    void key(SectionOutput out, List<Object> key) {
        out.writeByte(BinarySection.ROW);
        for (Object value : key) {
            switch (value) {
                case null -> out.writeByte(BinarySection.NULL);
                case Long number -> integer(out, number);
                case Boolean flag -> out.writeByte(flag ? BinarySection.TRUE : BinarySection.FALSE);
                default -> text(out, BinarySection.TEXT, String.valueOf(value));
            }
        }
    }

    private void value(ResultSet rs, int index, DatabaseSchema.Column column, SectionOutput out) throws SQLException {
        switch (column.kind()) {
            case INTEGER -> {
                long value = rs.getLong(index);
                if (column.nullable() && rs.wasNull()) out.writeByte(BinarySection.NULL); else integer(out, value);
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                out.writeByte(rs.wasNull() ? BinarySection.NULL : value ? BinarySection.TRUE : BinarySection.FALSE);
            }
            case DECIMAL -> {
                if (column.floating()) {
                    double value = rs.getDouble(index);
                    if (column.nullable() && rs.wasNull()) {
                        out.writeByte(BinarySection.NULL);
                    } else {
                        out.writeByte(BinarySection.DOUBLE);
                        out.writeDouble(value);
                    }
                } else {
                    var value = rs.getBigDecimal(index);
                    if (value == null) out.writeByte(BinarySection.NULL); else text(out, BinarySection.DECIMAL, value.toString());
                }
            }
            case BINARY -> {
                byte[] value = rs.getBytes(index);
                if (value == null) {
                    out.writeByte(BinarySection.NULL);
                } else {
                    out.writeByte(BinarySection.BINARY);
                    out.writeBytes(value);
                }
            }
            case TEXT -> {
                String value = rs.getString(index);
                String secret = encrypted ? Archives.openSecret(secrets, value) : null;
                if (value == null) {
                    out.writeByte(BinarySection.NULL);
                } else if (secret != null) {
                    text(out, BinarySection.SECRET, secret);
                } else {
                    text(out, BinarySection.TEXT, value);
                }
            }
        }
    }

    private static void integer(SectionOutput out, long value) {
        out.writeByte(BinarySection.INTEGER);
        out.writeVarLong(value);
    }

    private static void text(SectionOutput out, int tag, String value) {
        out.writeByte(tag);
        out.writeString(value);
    }
}
