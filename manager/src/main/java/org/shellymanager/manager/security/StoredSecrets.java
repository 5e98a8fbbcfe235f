package org.shellymanager.manager.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every value sealed by {@link SecretCipher} wherever it is stored — device credentials, the fleet's default
 * login, configuration secrets and whatever later features seal — found by walking every text column of every
 * table for the sealed prefix, so no user of the cipher can be forgotten.
 */
@Repository
class StoredSecrets {

    private static final Logger log = LoggerFactory.getLogger(StoredSecrets.class);

    private final JdbcTemplate jdbc;

    StoredSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A text column that may hold sealed values. */
    record Column(String table, String column) {
    }

    /** Re-seals every value not yet sealed with the cipher's current key; call inside a transaction. */
    int resealAll(SecretCipher cipher) {
        int resealed = 0;
        for (Column column : textColumns()) {
            for (String value : sealedValues(column)) {
                if (cipher.keyId().equals(SecretCipher.keyIdOf(value))) {
                    continue;
                }
                String plain;
                try {
                    plain = cipher.open(value);
                } catch (IllegalArgumentException e) {
                    log.warn("a sealed value in {}.{} opens with no held key; left as it is", column.table(), column.column());
                    continue;
                }
                resealed += jdbc.update("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE "
                        + column.column() + " = ?", cipher.seal(plain), value);
            }
        }
        return resealed;
    }

    /** Every sealed value stored anywhere. */
    List<String> sealedValues() {
        return textColumns().stream().flatMap(column -> sealedValues(column).stream()).toList();
    }

    private List<String> sealedValues(Column column) {
        return jdbc.queryForList("SELECT " + column.column() + " FROM " + column.table() + " WHERE " + column.column()
                + " LIKE 'v1:%'", String.class).stream().filter(SecretCipher::isSealed).toList();
    }

    private List<Column> textColumns() {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<List<Column>>) StoredSecrets::textColumns));
    }

    private static List<Column> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    tables.add(table);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                while (rows.next()) {
                    String type = rows.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                    if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
                        columns.add(new Column(table, rows.getString("COLUMN_NAME")));
                    }
                }
            }
        }
        return columns;
    }
}
