package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shellymanager.manager.inventory.NameOrder;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.telemetry.HourRowConversion;

/**
 * What a restore may write into: a database without fleet data. A fresh server is such a target although it holds
 * rows of its own: its bootstrap account, the API tokens minted on it, its audit entries and the record of this
 * restore job. Those do not count: when the archive brings accounts, they replace the target's (with their
 * tokens); the target's audit entries stay, next to the archive's.
 */
final class RestoreTarget {

    /** The server's own access, which the archive's accounts replace: children before parents. */
    static final List<String> ACCESS = List.of("api_tokens", "accounts");
    /** Kept and added to: audit entries have random ids, so both histories fit side by side. */
    static final String AUDIT = "audit_events";

    private RestoreTarget() {
    }

    /**
     * Refuses a target with fleet data in any of the tables; then, when {@code accountsArchived} (the archive holds
     * at least one account and its section is restored), deletes the target's accounts and tokens.
     *
     * @return whether the target's accounts were replaced
     */
    static boolean prepare(Connection connection, DatabaseSchema schema, List<DatabaseSchema.Table> tables,
                           boolean accountsArchived) throws SQLException {
        for (DatabaseSchema.Table table : tables) {
            if (empty(table)) {
                requireEmpty(connection, schema, table);
            }
        }
        Set<String> restored = Set.copyOf(tables.stream().map(DatabaseSchema.Table::name).toList());
        if (!accountsArchived || !restored.containsAll(ACCESS)) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : ACCESS) {
                statement.executeUpdate("DELETE FROM " + schema.q(schema.table(table).actualName()));
            }
        }
        return true;
    }

    /** Whether {@link #prepare} found (or left) the table empty: every table but the server's own access and audit. */
    static boolean empty(DatabaseSchema.Table table) {
        return !ACCESS.contains(table.name()) && !table.name().equals(AUDIT);
    }

    /** Refuses a table with rows; the records of restore jobs (this one among them) and their results do not count. */
    private static void requireEmpty(Connection connection, DatabaseSchema schema, DatabaseSchema.Table table) throws SQLException {
        String restoreJobs = "kind = '" + JobKind.Restore.NAME + "'";
        String ownJobs = switch (table.name()) {
            case "jobs" -> " WHERE NOT " + restoreJobs;
            case "job_results" -> " WHERE job_id NOT IN (SELECT id FROM jobs WHERE " + restoreJobs + ")";
            default -> "";
        };
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + schema.q(table.actualName()) + ownJobs)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new ManagerException(ErrorCode.RESTORE_TARGET_NOT_EMPTY, "Table " + table.name() + " already holds "
                        + rs.getLong(1) + " rows: restore into a server without fleet data (a fresh data directory or "
                        + "database; its own accounts, tokens and audit entries do not count). Nothing was changed.");
            }
        }
    }

    /**
     * Fills the columns that restored rows lacked because their archive predates them ({@code absent}, as
     * {@code table.column}), from the code that writes them in normal use: schema version 22 added the sort key of a
     * device's name, which a device of an older archive gets here instead of sorting as unnamed. Hourly buckets that
     * an archive before schema version 24 holds as rows of {@code telemetry_buckets} are moved into day blocks.
     */
    static void deriveAbsentColumns(Connection connection, Set<String> absent) throws SQLException {
        try {
            HourRowConversion.convertAll(connection);
        } catch (IllegalStateException e) {
            throw ArchiveReader.corrupt(e.getMessage());
        }
        if (!absent.contains("devices.name_key")) {
            return;
        }
        List<String[]> named = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, name FROM devices WHERE name IS NOT NULL")) {
            while (rs.next()) {
                named.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE devices SET " + NameOrder.ASSIGNMENTS + " WHERE id = ?")) {
            for (String[] device : named) {
                Object[] values = NameOrder.values(device[1]);
                update.setInt(1, (Integer) values[0]);
                update.setString(2, (String) values[1]);
                update.setString(3, device[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
