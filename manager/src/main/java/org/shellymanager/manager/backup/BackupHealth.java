package org.shellymanager.manager.backup;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code backup}: when the newest archive was made, and a warning (status stays
 * UP, so readiness is not affected; the log warns too) when it is older than {@code shelly-manager.backup.max-age}
 * or there is none.
 */
@Component("backup")
class BackupHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(BackupHealth.class);

    private final BackupService backups;
    private final Clock clock;

    BackupHealth(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Optional<BackupService.BackupFile> newest = backups.newest();
        if (newest.isEmpty()) {
            return Health.up().withDetail("warning", "no backup yet").build();
        }
        Duration age = Duration.between(newest.get().manifest().created(), clock.instant());
        Health.Builder health = Health.up().withDetail("newest", newest.get().name())
                .withDetail("created", newest.get().manifest().created().toString());
        if (age.compareTo(backups.maxAge()) > 0) {
            log.warn("the newest backup {} is {} hours old, more than shelly-manager.backup.max-age ({})",
                    newest.get().name(), age.toHours(), backups.maxAge());
            health.withDetail("warning", "newest backup is older than " + backups.maxAge());
        }
        return health.build();
    }
}
