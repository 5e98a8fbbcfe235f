package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The data an export is made from, read by the manager in one go and handed to an exporter.
 *
 * @param taken      when it was read
 * @param appVersion the version of the manager that read it
 * @param devices    the inventory, ordered by MAC
 */
public record FleetSnapshot(Instant taken, String appVersion, List<SnapshotDevice> devices) {

    /** The parts of the fleet's data an exporter may declare it needs. */
    public enum Part { DEVICES }

    public FleetSnapshot {
        if (taken == null || appVersion == null) {
            throw new IllegalArgumentException("a snapshot needs a time and an app version");
        }
        devices = List.copyOf(devices);
    }

    /** The same snapshot with only its first devices, for a preview. */
    public FleetSnapshot first(int count) {
        return new FleetSnapshot(taken, appVersion, devices.subList(0, Math.min(count, devices.size())));
    }
}
