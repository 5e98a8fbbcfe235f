package org.shellymanager.manager.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of the database before a migration changes it. SQLite is copied consistently (WAL included)
 * with {@code VACUUM INTO} to {@code <data-dir>/backups/}; for PostgreSQL and MariaDB the operator takes the
 * backup with the server's own tools before upgrading (see docs/configuration.md), and the log says so.
 */
@Component
class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path backupDir;
    private final Clock clock;

    DatabaseBackup(ManagerProperties properties, Clock clock) {
        this.backupDir = properties.dataDir().resolve("backups");
        this.clock = clock;
    }

    void beforeMigration(DataSource dataSource, String fromVersion) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"SQLite".equalsIgnoreCase(product)) {
                log.warn("migrating the {} database from schema version {}: this relies on the backup you took "
                        + "before the upgrade (see docs/configuration.md)", product, fromVersion);
                return;
            }
            Path target = backupDir.resolve("shelly-manager-v" + fromVersion + "-" + STAMP.format(clock.instant()) + ".db");
            Files.createDirectories(backupDir);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
            }
            log.info("database at schema version {} backed up to {} before migrating", fromVersion, target);
        } catch (SQLException e) {
            throw new IllegalStateException("could not back up the database before migrating it; not migrating", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the backup directory " + backupDir, e);
        }
    }
}
