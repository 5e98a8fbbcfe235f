package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them (JDBC metadata), in foreign-key order, so that every
 * table a feature adds is backed up and restored without code here knowing it. Flyway's own history is left out:
 * the target's migrations make it.
 */
record DatabaseSchema(String product, String version, String quote, List<Table> tables) {

    static final String FLYWAY_HISTORY = "flyway_schema_history";
    /** Change tracking's own tables: they describe this database's history, not its contents. */
    static final Set<String> TRACKING = Set.of("backup_changes", "backup_tracking");

    /** A table with lowercase names, its columns in order, primary key and the tables it references. */
    record Table(String name, String actualName, List<Column> columns, List<String> primaryKey, Set<String> parents) {

        /**
         * The columns that name a row for change tracking: the primary key, or for a table without one every
         * column but floating-point ones (whose text form may not read back equal), so a key then names a group of
         * rows that are replaced together.
         */
        List<Column> keyColumns() {
            if (!primaryKey.isEmpty()) {
                return primaryKey.stream().map(this::column).toList();
            }
            return columns.stream().filter(c -> c.kind() != ColumnKind.DECIMAL).toList();
        }

        Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("table " + this.name + " has no column " + name));
        }
    }

    /** @param nullable whether the column may hold NULL: a value of a column that cannot needs no check for it */
    record Column(String name, String actualName, ColumnKind kind, int jdbcType, boolean nullable) {

        /**
         * A binary floating-point column: read and bound as a {@code double}, whose shortest text reads back to the
         * same value, without the cost of a {@code BigDecimal}.
         */
        boolean floating() {
            return jdbcType == java.sql.Types.DOUBLE || jdbcType == java.sql.Types.FLOAT || jdbcType == java.sql.Types.REAL;
        }
    }

    static DatabaseSchema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String actual = rs.getString("TABLE_NAME");
                String name = actual.toLowerCase(Locale.ROOT);
                if (!name.equals(FLYWAY_HISTORY) && !TRACKING.contains(name) && !name.startsWith("sqlite_")) {
                    tables.put(name, new Table(name, actual, columns(meta, catalog, schema, actual),
                            primaryKey(meta, catalog, schema, actual), parents(meta, catalog, schema, actual)));
                }
            }
        }
        String quote = meta.getIdentifierQuoteString().strip();
        return new DatabaseSchema(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), quote, ordered(tables));
    }

    private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Map<Integer, Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String actual = rs.getString("COLUMN_NAME");
                columns.put(rs.getInt("ORDINAL_POSITION"), new Column(actual.toLowerCase(Locale.ROOT), actual,
                        ColumnKind.of(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")), rs.getInt("DATA_TYPE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(key.values());
    }

    private static Set<String> parents(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                parents.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        parents.remove(table.toLowerCase(Locale.ROOT));
        return parents;
    }

    /** Parents before children; among tables free to go, by name. */
    private static List<Table> ordered(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            Table next = tables.values().stream().filter(t -> !placed.contains(t.name()))
                    .filter(t -> t.parents().stream().allMatch(p -> placed.contains(p) || !tables.containsKey(p)))
                    .min(Comparator.comparing(Table::name))
                    .orElseThrow(() -> new IllegalStateException("foreign keys form a cycle among " + tables.keySet()));
            placed.add(next.name());
            ordered.add(next);
        }
        return List.copyOf(ordered);
    }

    /** Tables grouped into sections: a table goes with the root of the tables it references. */
    Map<String, List<Table>> sections() {
        Map<String, List<Table>> sections = new LinkedHashMap<>();
        Map<String, String> sectionOf = new TreeMap<>();
        for (Table table : tables) {
            String section = table.parents().stream().filter(sectionOf::containsKey).map(sectionOf::get).sorted()
                    .findFirst().orElse(table.name());
            sectionOf.put(table.name(), section);
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(table);
        }
        return sections;
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    String q(String identifier) {
        return quote + identifier + quote;
    }

    /** The highest migration version applied, as Flyway records it. */
    static String migrationVersion(Connection connection) throws SQLException {
        String highest = "0";
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM " + FLYWAY_HISTORY + " WHERE success = "
                     + (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? "true" : "1")
                     + " AND version IS NOT NULL")) {
            while (rs.next()) {
                if (compareVersions(rs.getString(1), highest) > 0) {
                    highest = rs.getString(1);
                }
            }
        }
        return highest;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long r = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != r) {
                return Long.compare(p, r);
            }
        }
        return 0;
    }
}
