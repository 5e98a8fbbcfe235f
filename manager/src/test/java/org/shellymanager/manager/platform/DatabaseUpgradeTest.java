package org.shellymanager.manager.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up on an existing SQLite database: a backup before migrating, and a refusal of a newer schema. */
class DatabaseUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void backsUpTheDatabaseBeforeMigratingIt() throws Exception {
        Path file = dataDir.resolve(SqliteDefaults.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                    .locations("classpath:db/migration").target("2").load().migrate();
            execute(connection, "INSERT INTO settings (name, setting, updated_at) VALUES ('marker', 'v2', 0)");
        }

        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(server.get("/api/v1/jobs").status()).isEqualTo(200);
        }

        Path backup;
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            backup = files.filter(p -> p.getFileName().toString().startsWith("shelly-manager-v2-")).findFirst().orElseThrow();
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement()) {
            var rows = statement.executeQuery("SELECT setting FROM settings WHERE name = 'marker'");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("v2");
        }
    }

    @Test
    void appliesAMigrationNumberedBelowOnesTheDatabaseAlreadyHas() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(server.get("/api/v1/devices").status()).isEqualTo(200);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteDefaults.DATABASE_FILE))) {
            execute(connection, "DROP INDEX ix_devices_name_order");
            execute(connection, "ALTER TABLE devices DROP COLUMN name_key");
            execute(connection, "ALTER TABLE devices DROP COLUMN name_unset");
            execute(connection, "DELETE FROM flyway_schema_history WHERE version = '22'");
        }

        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(server.get("/api/v1/devices?sort=name,asc").status())
                    .as("V22 applied after the later migrations the database had").isEqualTo(200);
        }
    }

    @Test
    void refusesToStartOnADatabaseANewerVersionMigrated() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(server.get("/api/v1/devices").status()).isEqualTo(200);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteDefaults.DATABASE_FILE))) {
            execute(connection, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01 00:00:00.000', 1, 1)");
        }

        assertThatThrownBy(() -> RunningServer.start(dataDir).close())
                .rootCause().hasMessageContaining("newer Shelly Manager").hasMessageContaining("99");
        assertThat(noBackups()).isTrue();
    }

    private boolean noBackups() throws IOException {
        Path backups = dataDir.resolve("backups");
        if (!Files.exists(backups)) {
            return true;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.findAny().isEmpty();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
