package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shellymanager.manager.config.DesiredOverrides;

/**
 * The data an export is made from, read by the manager in one go and handed to an exporter.
 *
 * @param taken      when it was read
 * @param appVersion the version of the manager that read it
 * @param devices    the inventory, ordered by MAC
 * @param desired    each device's own layer of desired configuration, by device id; only devices that have one,
 *                   and only when the exporter {@linkplain Exporter#needs() needs} {@link Part#DESIRED}
 */
public record FleetSnapshot(Instant taken, String appVersion, List<SnapshotDevice> devices,
                            Map<String, DesiredOverrides> desired) {

    /** The parts of the fleet's data an exporter may declare it needs. */
    public enum Part {
        /** The inventory: {@link #devices()}. */
        DEVICES,
        /** The devices' own desired configuration: {@link #desired()}. */
        DESIRED
    }

    public FleetSnapshot {
        if (taken == null || appVersion == null) {
            throw new IllegalArgumentException("a snapshot needs a time and an app version");
        }
        devices = List.copyOf(devices);
        desired = Map.copyOf(desired);
    }

    /** The inventory alone. */
    public FleetSnapshot(Instant taken, String appVersion, List<SnapshotDevice> devices) {
        this(taken, appVersion, devices, Map.of());
    }

    /** The device's own layer of desired configuration, empty when it has none. */
    public Optional<DesiredOverrides> desired(SnapshotDevice device) {
        return Optional.ofNullable(desired.get(device.id()));
    }

    /** The same snapshot with only its first devices, for a preview. */
    public FleetSnapshot first(int count) {
        return new FleetSnapshot(taken, appVersion, devices.subList(0, Math.min(count, devices.size())), desired);
    }
}
