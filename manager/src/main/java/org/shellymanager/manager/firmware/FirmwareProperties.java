package org.shellymanager.manager.firmware;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code shelly-manager.firmware}.
 *
 * @param checkInterval     how often every device is asked which firmware it is offered; {@code 0} turns it off
 * @param checkConcurrency  devices checked at once
 * @param cacheDir          where cached firmware files are kept; default {@code <data-dir>/firmware}
 * @param importDir         the only folder firmware may be imported from; default {@code <data-dir>/firmware-import}
 * @param maxFileSize       the largest firmware file accepted
 * @param downloadAddress   the address the device download server listens on (devices fetch cached files there)
 * @param downloadPort      its port; {@code 0}: one the system chooses at start (set a fixed one to open a firewall)
 * @param downloadBaseUrl   how devices reach the download server, e.g. {@code http://192.168.1.5:8081}; default: this
 *                          host's address on the interface that faces each device, and the download port
 * @param verifyTimeout     how long an updated device has to come back on the target version (a rollout may set less)
 * @param verifyPoll        how often an updating device is looked at
 * @param wakeWait          how long a rollout waits for a sleeping battery device to wake before skipping it
 * @param wakeRetry         how often a rollout tries a sleeping battery device again
 * @param maintenanceWindow the hours rollouts may update devices, {@code HH:mm-HH:mm} (may pass midnight); empty: any time
 * @param maintenanceZone   the time zone of the window; empty: the server's
 */
@ConfigurationProperties("shelly-manager.firmware")
public record FirmwareProperties(@DefaultValue("6h") Duration checkInterval, @DefaultValue("16") int checkConcurrency,
                                 Path cacheDir, Path importDir, @DefaultValue("64MB") DataSize maxFileSize,
                                 @DefaultValue("0.0.0.0") String downloadAddress, @DefaultValue("0") int downloadPort,
                                 URI downloadBaseUrl, @DefaultValue("5m") Duration verifyTimeout,
                                 @DefaultValue("5s") Duration verifyPoll, @DefaultValue("24h") Duration wakeWait,
                                 @DefaultValue("1m") Duration wakeRetry, @DefaultValue("") String maintenanceWindow,
                                 @DefaultValue("") String maintenanceZone) {

    public FirmwareProperties {
        if (checkInterval.isNegative()) {
            throw new IllegalArgumentException("shelly-manager.firmware.check-interval must not be negative");
        }
        if (checkConcurrency < 1 || checkConcurrency > 1024) {
            throw new IllegalArgumentException("shelly-manager.firmware.check-concurrency must be from 1 to 1024, was "
                    + checkConcurrency);
        }
        if (maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("shelly-manager.firmware.max-file-size must be positive");
        }
        if (downloadPort < 0 || downloadPort > 65535) {
            throw new IllegalArgumentException("shelly-manager.firmware.download-port must be from 0 to 65535, was "
                    + downloadPort);
        }
        if (downloadBaseUrl != null && !"http".equals(downloadBaseUrl.getScheme()) && !"https".equals(downloadBaseUrl.getScheme())) {
            throw new IllegalArgumentException("shelly-manager.firmware.download-base-url must be an http(s) URL, was "
                    + downloadBaseUrl);
        }
        for (Duration d : new Duration[] {verifyTimeout, verifyPoll, wakeWait, wakeRetry}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("shelly-manager.firmware verify and wake times must be positive");
            }
        }
        MaintenanceWindow.parse(maintenanceWindow, maintenanceZone);
    }

    MaintenanceWindow window() {
        return MaintenanceWindow.parse(maintenanceWindow, maintenanceZone);
    }
}
