package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.TestDatabase;
import org.shellymanager.manager.platform.TestDatabase.Kind;

/**
 * A fresh server is a valid restore target on every database: its bootstrap account, tokens and audit entries do
 * not count as data; the archive's accounts replace them and both audit histories are kept.
 */
class FreshTargetRestoreTest {

    private static final Instant NOW = Instant.parse("2025-06-07T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void archiveAccountsReplaceTheBootstrapOnesAndAuditHistoriesAreKeptSideBySide() throws Exception {
        Path archive;
        try (TestDatabase source = TestDatabase.create(Kind.SQLITE).migrated()) {
            BackupRestoreTest.seed(source.dataSource(), BackupRestoreTest.cipher(1));
            access(source.dataSource(), "owner");
            archive = dir.resolve("fleet.sma");
            new ArchiveWriter(source.dataSource(), BackupRestoreTest.cipher(1), "test").write(archive, null, NOW, rows -> { });
        }
        for (Kind kind : Kind.values()) {
            try (TestDatabase target = TestDatabase.create(kind).migrated()) {
                access(target.dataSource(), "admin");

                RestoreReport report = restore(target, archive);

                assertThat(report.accountsReplaced()).as(kind.name()).isTrue();
                assertThat(column(target, "SELECT username FROM accounts")).as(kind.name()).containsExactly("owner");
                assertThat(column(target, "SELECT name FROM api_tokens")).as(kind.name()).containsExactly("owner's token");
                assertThat(column(target, "SELECT actor FROM audit_events ORDER BY actor"))
                        .as(kind.name()).containsExactly("admin", "owner");
                assertThat(column(target, "SELECT COUNT(*) FROM devices")).as(kind.name()).containsExactly("40");
                assertThat(indexes(target, "devices")).as("indexes dropped for the load are back on " + kind)
                        .contains("ix_devices_name_order");
            }
        }
    }

    @Test
    void aTargetWithFleetDataIsRefusedAndItsAccountsStay() throws Exception {
        try (TestDatabase source = TestDatabase.create(Kind.SQLITE).migrated();
             TestDatabase target = TestDatabase.create(Kind.SQLITE).migrated()) {
            BackupRestoreTest.seed(source.dataSource(), BackupRestoreTest.cipher(1));
            access(source.dataSource(), "owner");
            Path archive = dir.resolve("fleet.sma");
            new ArchiveWriter(source.dataSource(), BackupRestoreTest.cipher(1), "test").write(archive, null, NOW, rows -> { });
            access(target.dataSource(), "admin");
            target.insertDevice("dev-x", "A8032AFFFFFF");

            assertThatThrownBy(() -> restore(target, archive)).isInstanceOfSatisfying(ManagerException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.RESTORE_TARGET_NOT_EMPTY));
            assertThat(column(target, "SELECT username FROM accounts")).containsExactly("admin");
        }
    }

    private static RestoreReport restore(TestDatabase target, Path archive) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            return new Restorer(target.dataSource(), BackupRestoreTest.cipher(2)).restore(reader, null, Set.of(), false, rows -> { });
        }
    }

    /** An account of {@code user} with one API token and one audit entry, as a server's first minutes leave them. */
    private static void access(DataSource dataSource, String user) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.executeUpdate("INSERT INTO accounts (id, username, role, password_hash, source, created_at, "
                    + "sessions_valid_after) VALUES ('acc-" + user + "', '" + user + "', 'ADMIN', 'x', 'LOCAL', 1, 0)");
            statement.executeUpdate("INSERT INTO api_tokens (id, account_id, name, token_hash, role, created_at, expires_at) "
                    + "VALUES ('tok-" + user + "', 'acc-" + user + "', '" + user + "''s token', 'hash-" + user + "', 'ADMIN', 1, 2)");
            statement.executeUpdate("INSERT INTO audit_events (id, at, actor, via, action, result, status) VALUES ('audit-"
                    + user + "', 1, '" + user + "', 'API', 'POST /api/v1/auth/tokens', 'SUCCESS', 201)");
        }
    }

    private static List<String> indexes(TestDatabase database, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
             var rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
            while (rs.next()) {
                names.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> column(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
