package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The triggers that record changed row keys into {@code backup_changes}, in each database's own dialect (triggers
 * are the one thing the three cannot share). A row's key is a JSON array of its key columns, made by the database
 * itself; an update that changes a key records the old key too, so the old row gets its tombstone. Nothing is
 * recorded while the one row of {@code backup_tracking} says {@code suspended}: a restore sets that inside its own
 * transaction, so no other writer ever sees it.
 */
enum ChangeTriggers {

    SQLITE(3) {
        @Override
        List<String> install(DatabaseSchema schema, DatabaseSchema.Table table) {
            String name = PREFIX + table.name();
            String seq = "(SELECT COALESCE(MAX(seq), (SELECT pruned_through FROM backup_tracking WHERE id = 1)) + 1 FROM backup_changes)";
            String when = " WHEN (SELECT suspended FROM backup_tracking WHERE id = 1) = 0";
            String oldKey = key(schema, table, "json_array", "OLD");
            String newKey = key(schema, table, "json_array", "NEW");
            String insert = "INSERT INTO backup_changes (seq, table_name, row_key) SELECT " + seq + ", '" + table.name() + "', ";
            String on = " ON " + schema.q(table.actualName()) + when + " BEGIN ";
            return List.of(drop(name, "_i"), drop(name, "_u"), drop(name, "_d"),
                    "CREATE TRIGGER " + name + "_i AFTER INSERT" + on + insert + newKey + "; END",
                    "CREATE TRIGGER " + name + "_u AFTER UPDATE" + on + insert + oldKey + " WHERE " + oldKey + " <> " + newKey + "; "
                            + insert + newKey + "; END",
                    "CREATE TRIGGER " + name + "_d AFTER DELETE" + on + insert + oldKey + "; END");
        }

        @Override
        List<String> removeInTransaction(DatabaseSchema schema, DatabaseSchema.Table table) {
            String name = PREFIX + table.name();
            return List.of(drop(name, "_i"), drop(name, "_u"), drop(name, "_d"));
        }

        @Override
        String countInstalled() {
            return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sm\\_track\\_%' ESCAPE '\\'";
        }
    },

    POSTGRESQL(1) {
        @Override
        List<String> install(DatabaseSchema schema, DatabaseSchema.Table table) {
            String function = PREFIX + table.name();
            String oldKey = key(schema, table, "json_build_array", "OLD") + "::text";
            String newKey = key(schema, table, "json_build_array", "NEW") + "::text";
            String insert = "INSERT INTO backup_changes (seq, table_name, row_key) VALUES (nextval('backup_change_seq'), '"
                    + table.name() + "', ";
            return List.of("CREATE SEQUENCE IF NOT EXISTS backup_change_seq",
                    "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            + "IF (SELECT suspended FROM backup_tracking WHERE id = 1) = 0 THEN "
                            + "IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND " + oldKey + " <> " + newKey + ") THEN "
                            + insert + oldKey + "); END IF; "
                            + "IF TG_OP <> 'DELETE' THEN " + insert + newKey + "); END IF; "
                            + "END IF; RETURN NULL; END $$",
                    "DROP TRIGGER IF EXISTS sm_track ON " + schema.q(table.actualName()),
                    "CREATE TRIGGER sm_track AFTER INSERT OR UPDATE OR DELETE ON " + schema.q(table.actualName())
                            + " FOR EACH ROW EXECUTE FUNCTION " + function + "()");
        }

        @Override
        List<String> removeInTransaction(DatabaseSchema schema, DatabaseSchema.Table table) {
            return List.of("DROP TRIGGER IF EXISTS sm_track ON " + schema.q(table.actualName()));
        }

        @Override
        String countInstalled() {
            return "SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'sm_track'";
        }

        @Override
        String barrier() {
            return "LOCK TABLE backup_changes IN SHARE MODE";
        }
    },

    MARIADB(3) {
        @Override
        List<String> install(DatabaseSchema schema, DatabaseSchema.Table table) {
            String name = PREFIX + table.name();
            String oldKey = key(schema, table, "JSON_ARRAY", "OLD");
            String newKey = key(schema, table, "JSON_ARRAY", "NEW");
            String insert = "INSERT INTO backup_changes (seq, table_name, row_key) VALUES (NEXTVAL(backup_change_seq), '"
                    + table.name() + "', ";
            String on = " ON " + schema.q(table.actualName()) + " FOR EACH ROW BEGIN IF (SELECT suspended FROM backup_tracking "
                    + "WHERE id = 1) = 0 THEN ";
            return List.of("CREATE SEQUENCE IF NOT EXISTS backup_change_seq", drop(name, "_i"), drop(name, "_u"), drop(name, "_d"),
                    "CREATE TRIGGER " + name + "_i AFTER INSERT" + on + insert + newKey + "); END IF; END",
                    "CREATE TRIGGER " + name + "_u AFTER UPDATE" + on + "IF " + oldKey + " <> " + newKey + " THEN " + insert
                            + oldKey + "); END IF; " + insert + newKey + "); END IF; END",
                    "CREATE TRIGGER " + name + "_d AFTER DELETE" + on + insert + oldKey + "); END IF; END");
        }

        @Override
        List<String> removeInTransaction(DatabaseSchema schema, DatabaseSchema.Table table) {
            return List.of();
        }

        @Override
        String countInstalled() {
            return "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
                    + "AND TRIGGER_NAME LIKE 'sm\\_track\\_%'";
        }

        @Override
        String barrier() {
            return "LOCK TABLES backup_changes READ, backup_tracking READ";
        }

        @Override
        String releaseBarrier() {
            return "UNLOCK TABLES";
        }
    };

    private static final String PREFIX = "sm_track_";

    private final int perTable;

    ChangeTriggers(int perTable) {
        this.perTable = perTable;
    }

    static ChangeTriggers of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "SQLite" -> SQLITE;
            case "PostgreSQL" -> POSTGRESQL;
            case "MariaDB", "MySQL" -> MARIADB;
            default -> throw new IllegalStateException("change tracking does not support " + product);
        };
    }

    /** The statements that (re)create the triggers of one table. */
    abstract List<String> install(DatabaseSchema schema, DatabaseSchema.Table table);

    /**
     * The statements that remove the triggers of one table for the rest of the caller's transaction, so that a
     * restore filling it from empty does not fire one per row (on SQLite that is a third of the cost of the insert);
     * {@link #install} gives them back before the commit, and a rollback brings them back by itself. None where a
     * trigger change commits on its own (MariaDB): there they stay, and skip their work while tracking is suspended.
     */
    abstract List<String> removeInTransaction(DatabaseSchema schema, DatabaseSchema.Table table);

    /** A query counting the tracking triggers present. */
    abstract String countInstalled();

    /**
     * A statement that waits until every transaction that has written a change has ended, and holds new ones off
     * until {@link #releaseBarrier()} or the end of the transaction; none for SQLite, which has one writer at a time.
     */
    String barrier() {
        return null;
    }

    String releaseBarrier() {
        return null;
    }

    int expected(DatabaseSchema schema) {
        return perTable * schema.tables().size();
    }

    int installed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(countInstalled())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String drop(String name, String suffix) {
        return "DROP TRIGGER IF EXISTS " + name + suffix;
    }

    private static String key(DatabaseSchema schema, DatabaseSchema.Table table, String function, String row) {
        return function + "(" + table.keyColumns().stream().map(c -> row + "." + schema.q(c.actualName()))
                .collect(Collectors.joining(", ")) + ")";
    }
}
