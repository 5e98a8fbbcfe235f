package org.shellymanager.manager.backup;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.backup}.
 *
 * @param directory  where archives are written; empty means {@code <data-dir>/archives}
 * @param schedule   a cron expression (six fields, such as {@code 0 30 3 * * *}) for scheduled backups; {@code -}
 *                   turns them off
 * @param keepLast   how many of the newest archives retention always keeps
 * @param keepDaily  how many days back one archive per day is kept
 * @param keepWeekly how many weeks back one archive per week is kept
 * @param keepMonthly how many months back one archive per month is kept
 * @param maxAge     the health indicator and the log warn when the newest archive is older than this
 * @param passphrase encrypts scheduled archives when set (from {@code SHELLY_MANAGER_BACKUP_PASSPHRASE}); masked
 * @param incrementalSchedule a cron expression for scheduled incremental or differential backups between the full
 *                   ones (such as {@code 0 30 3 * * MON-SAT} with {@code schedule} {@code 0 30 3 * * SUN}); {@code -}
 *                   turns them off
 * @param incrementalType {@code INCREMENTAL} (each continues the one before) or {@code DIFFERENTIAL} (each holds
 *                   everything changed since the full backup)
 */
@ConfigurationProperties("shelly-manager.backup")
public record BackupProperties(@DefaultValue("") String directory, @DefaultValue("-") String schedule,
                               @DefaultValue("3") int keepLast, @DefaultValue("7") int keepDaily,
                               @DefaultValue("4") int keepWeekly, @DefaultValue("6") int keepMonthly,
                               @DefaultValue("2d") Duration maxAge, String passphrase,
                               @DefaultValue("-") String incrementalSchedule,
                               @DefaultValue("INCREMENTAL") BackupType incrementalType) {

    public BackupProperties {
        if (keepLast < 1 || keepDaily < 0 || keepWeekly < 0 || keepMonthly < 0) {
            throw new IllegalArgumentException("shelly-manager.backup.keep-last must be at least 1 and the other keep-* "
                    + "settings 0 or more");
        }
        if (incrementalType == BackupType.FULL) {
            throw new IllegalArgumentException("shelly-manager.backup.incremental-type must be INCREMENTAL or DIFFERENTIAL");
        }
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("shelly-manager.backup.max-age must be a positive duration such as 2d");
        }
    }

    Path directory(Path dataDir) {
        return directory.isBlank() ? dataDir.resolve("archives") : Path.of(directory).toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return "BackupProperties[directory=" + directory + ", schedule=" + schedule + ", keepLast=" + keepLast
                + ", keepDaily=" + keepDaily + ", keepWeekly=" + keepWeekly + ", keepMonthly=" + keepMonthly
                + ", maxAge=" + maxAge + ", passphrase=" + (passphrase == null ? "none" : "****") + ", incrementalSchedule="
                + incrementalSchedule + ", incrementalType=" + incrementalType + "]";
    }
}
