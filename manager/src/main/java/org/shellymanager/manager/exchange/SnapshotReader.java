package org.shellymanager.manager.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shellymanager.manager.config.DesiredOverridesService;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.springframework.stereotype.Component;

/** Reads the fleet into a {@link FleetSnapshot} for exporters, through the inventory's own service. */
@Component
class SnapshotReader {

    private final InventoryService inventory;
    private final DesiredOverridesService desired;
    private final Clock clock;

    SnapshotReader(InventoryService inventory, DesiredOverridesService desired, Clock clock) {
        this.inventory = inventory;
        this.desired = desired;
        this.clock = clock;
    }

    /** The parts asked for; the inventory is always read. */
    FleetSnapshot read(Set<FleetSnapshot.Part> parts) {
        List<SnapshotDevice> devices = inventory.all().stream().map(this::of).toList();
        return new FleetSnapshot(clock.instant(), appVersion(), devices,
                parts.contains(FleetSnapshot.Part.DESIRED) ? desired.all() : Map.of());
    }

    private SnapshotDevice of(Device d) {
        return new SnapshotDevice(d.id(), d.mac(), d.deviceId(), d.model(), inventory.productName(d), d.generation().number(),
                d.firmware(), d.address().host(), d.address().port(), d.name(), d.room(), List.copyOf(d.tags()), d.notes(),
                d.status().name(), d.online(), d.authRequired(), d.needsCredentials(), d.capabilities(), d.firstSeen(),
                d.lastSeen());
    }

    static String appVersion() {
        String version = SnapshotReader.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
