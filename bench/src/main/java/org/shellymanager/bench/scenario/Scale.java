package org.shellymanager.bench.scenario;

import java.time.Duration;

/**
 * How big a run is. {@link #FULL} is the table; {@link #QUICK} runs every scenario briefly at a small size
 * to prove it works (its figures say nothing about the targets).
 *
 * @param name          "full" or "quick"
 * @param fleet         devices for polling, API, export and sync
 * @param window        how long steady polling and peak throughput are measured
 * @param apiWindow     how long the device list is loaded at 200 requests/s
 * @param syncDevices   devices a sync goes to
 * @param backupDevices devices in the backup, each with a year of hourly history
 * @param stretch       devices of the stretch scenario (0: not run)
 * @param soak          how long the faulty fleet soaks
 */
public record Scale(String name, int fleet, Duration window, Duration apiWindow, int syncDevices, int backupDevices,
                    int stretch, Duration soak) {

    public static final Scale FULL = new Scale("full", 10_000, Duration.ofMinutes(3), Duration.ofMinutes(2), 1_000,
            10_000, 100_000, Duration.ofMinutes(30));
    public static final Scale QUICK = new Scale("quick", 300, Duration.ofSeconds(40), Duration.ofSeconds(15), 50, 50,
            0, Duration.ofSeconds(90));

    public Scale {
        if (fleet < 1 || syncDevices < 1 || backupDevices < 1 || stretch < 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
    }

    /** The same run with another number of devices in the backup scenario ({@code --backup-devices}). */
    public Scale withBackupDevices(int devices) {
        return new Scale(name + ", backup " + devices + " devices", fleet, window, apiWindow, syncDevices, devices, stretch, soak);
    }
}
