package org.shellymanager.manager.platform;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the migrations, but first refuses a database that a newer manager has migrated, and backs up an existing
 * database that is about to change.
 */
@Component
class GuardedMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(GuardedMigration.class);

    private final DatabaseBackup backup;

    GuardedMigration(DatabaseBackup backup) {
        this.backup = backup;
    }

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        List<String> unknown = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion() + " (" + m.getDescription() + ")")
                .toList();
        if (!unknown.isEmpty()) {
            throw new DatabaseTooNewException("The database was migrated by a newer Shelly Manager (schema versions "
                    + String.join(", ", unknown) + " are unknown to this one). Start that newer version, or restore a "
                    + "backup taken before the upgrade; this version will not touch the database.");
        }
        MigrationInfo current = info.current();
        if (current != null && info.pending().length > 0) {
            backup.beforeMigration(flyway.getConfiguration().getDataSource(), current.getVersion().getVersion());
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            log.info("database migrated to schema version {}", result.targetSchemaVersion);
        }
    }

    /** The database belongs to a newer version of the manager. */
    static final class DatabaseTooNewException extends IllegalStateException {

        DatabaseTooNewException(String message) {
            super(message);
        }
    }
}
