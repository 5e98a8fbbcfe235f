package org.shellymanager.manager.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * The change history incremental and differential backups are built on: triggers ({@link ChangeTriggers}) record the
 * key of every changed row in {@code backup_changes} under a rising change number. Installed at every start-up on
 * every application table, so tables that later migrations add or rebuild are tracked too; when a trigger was
 * missing, changes may have gone unrecorded, and a new lineage makes the next incremental wait for a full backup.
 */
@Component
@DependsOnDatabaseInitialization
public class ChangeTracking implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeTracking.class);

    private final DataSource dataSource;

    ChangeTracking(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        install();
    }

    /** Creates the triggers on every table; starts a new lineage when there was none or a trigger was missing. */
    void install() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseSchema schema = DatabaseSchema.read(connection);
            ChangeTriggers triggers = ChangeTriggers.of(connection);
            int before = triggers.installed(connection);
            execute(connection, schema.tables().stream().flatMap(table -> triggers.install(schema, table).stream()).toList());
            if (state(connection).lineage() == null || before < triggers.expected(schema)) {
                String lineage = restartLineage(connection);
                log.info("change tracking starts lineage {} on {} tables: the next incremental or differential backup "
                        + "needs a full backup first", lineage, schema.tables().size());
            }
        }
    }

    /**
     * Removes the triggers of tables a restore fills from empty, inside the restore's transaction, where the database
     * allows that ({@link ChangeTriggers#removeInTransaction}); answers whether it did, and so whether
     * {@link #retrack} must give them back before the commit.
     */
    static boolean untrack(Connection connection, DatabaseSchema schema, List<DatabaseSchema.Table> tables) throws SQLException {
        ChangeTriggers triggers = ChangeTriggers.of(connection);
        return execute(connection, tables.stream().flatMap(table -> triggers.removeInTransaction(schema, table).stream()).toList());
    }

    /** Installs the triggers of the tables again, inside the caller's transaction. */
    static void retrack(Connection connection, DatabaseSchema schema, List<DatabaseSchema.Table> tables) throws SQLException {
        ChangeTriggers triggers = ChangeTriggers.of(connection);
        execute(connection, tables.stream().flatMap(table -> triggers.install(schema, table).stream()).toList());
    }

    private static boolean execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return !statements.isEmpty();
    }

    /** The lineage and the highest change number already pruned. */
    record State(String lineage, long prunedThrough) {
    }

    static State state(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT lineage, pruned_through FROM backup_tracking WHERE id = 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("backup_tracking has no row; the V55 migration did not run");
            }
            return new State(rs.getString(1), rs.getLong(2));
        }
    }

    /**
     * The highest change number such that every change up to it is committed and every later one is not yet: waits
     * for writers in progress (PostgreSQL, MariaDB), so a snapshot taken after this sees all changes up to it.
     */
    long watermark() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ChangeTriggers triggers = ChangeTriggers.of(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(triggers.barrier() == null || triggers.releaseBarrier() != null);
            try (Statement statement = connection.createStatement()) {
                if (triggers.barrier() != null) {
                    statement.execute(triggers.barrier());
                }
                long highest = highest(connection);
                if (triggers.releaseBarrier() != null) {
                    statement.execute(triggers.releaseBarrier());
                } else if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return highest;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Deletes the changes up to {@code through}: no chain can continue from a member older than that. */
    void prune(long through) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM backup_changes WHERE seq <= ?");
             PreparedStatement mark = connection.prepareStatement(
                     "UPDATE backup_tracking SET pruned_through = ? WHERE id = 1 AND pruned_through < ?")) {
            delete.setLong(1, through);
            int deleted = delete.executeUpdate();
            mark.setLong(1, through);
            mark.setLong(2, through);
            mark.executeUpdate();
            log.debug("pruned {} recorded changes up to {}", deleted, through);
        }
    }

    /** The highest change number recorded or pruned. */
    static long highest(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM backup_changes")) {
            rs.next();
            return Math.max(rs.getLong(1), state(connection).prunedThrough());
        }
    }

    /** Stops recording changes inside the caller's transaction (a restore writes whole tables). */
    static void suspend(Connection connection, boolean suspended) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE backup_tracking SET suspended = " + (suspended ? 1 : 0) + " WHERE id = 1");
        }
    }

    /**
     * Forgets the recorded changes and names a new lineage, in the caller's transaction: after a restore or a gap
     * in tracking no existing chain describes this database any more.
     */
    static String restartLineage(Connection connection) throws SQLException {
        String lineage = UUID.randomUUID().toString();
        long highest = highest(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE backup_tracking SET lineage = ?, pruned_through = ? WHERE id = 1");
             Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM backup_changes");
            update.setString(1, lineage);
            update.setLong(2, highest);
            update.executeUpdate();
        }
        return lineage;
    }
}
