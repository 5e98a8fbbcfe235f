package org.shellymanager.manager.backup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.shellymanager.manager.security.SecretCipher;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a section's lines: a header object naming a table and its columns ({@code "clear": true} for a block of
 * keys to remove), then one JSON array per row. In an encrypted archive, values sealed by the server's key are
 * written in clear inside the archive's own encryption, so a server with another key can seal them again.
 */
final class RowEncoder {

    private final SecretCipher secrets;
    private final boolean encrypted;

    RowEncoder(SecretCipher secrets, boolean encrypted) {
        this.secrets = secrets;
        this.encrypted = encrypted;
    }

    void header(JsonGenerator json, String table, List<DatabaseSchema.Column> columns, boolean clear) {
        json.writeStartObject();
        json.writeStringProperty("table", table);
        json.writeArrayPropertyStart("columns");
        for (DatabaseSchema.Column column : columns) {
            json.writeString(column.name() + ":" + column.kind().name().toLowerCase(Locale.ROOT));
        }
        json.writeEndArray();
        if (clear) {
            json.writeBooleanProperty("clear", true);
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Writes the current row of {@code rs}, whose columns are {@code columns} in order. */
    void row(JsonGenerator json, ResultSet rs, List<DatabaseSchema.Column> columns) throws SQLException {
        json.writeStartArray();
        for (int i = 0; i < columns.size(); i++) {
            value(rs, i + 1, columns.get(i), json);
        }
        json.writeEndArray();
        json.writeRaw('\n');
    }

    /** Writes a key of plain values (see {@link ColumnValues#normal}). */
    void key(JsonGenerator json, List<Object> key) {
        json.writeStartArray();
        for (Object value : key) {
            switch (value) {
                case null -> json.writeNull();
                case Long number -> json.writeNumber(number);
                case Boolean flag -> json.writeBoolean(flag);
                default -> json.writeString(String.valueOf(value));
            }
        }
        json.writeEndArray();
        json.writeRaw('\n');
    }

    private void value(ResultSet rs, int index, DatabaseSchema.Column column, JsonGenerator json) throws SQLException {
        switch (column.kind()) {
            case INTEGER -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) json.writeNull(); else json.writeNumber(value);
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) json.writeNull(); else json.writeBoolean(value);
            }
            case DECIMAL -> {
                if (column.floating()) {
                    double value = rs.getDouble(index);
                    if (rs.wasNull()) json.writeNull(); else json.writeNumber(value);
                } else {
                    var value = rs.getBigDecimal(index);
                    if (value == null) json.writeNull(); else json.writeNumber(value);
                }
            }
            case BINARY -> {
                byte[] value = rs.getBytes(index);
                if (value == null) json.writeNull(); else json.writeBinary(value);
            }
            case TEXT -> {
                String value = rs.getString(index);
                String secret = encrypted ? Archives.openSecret(secrets, value) : null;
                if (value == null) {
                    json.writeNull();
                } else if (secret != null) {
                    json.writeStartObject();
                    json.writeStringProperty(Archives.SECRET, secret);
                    json.writeEndObject();
                } else {
                    json.writeString(value);
                }
            }
        }
    }
}
