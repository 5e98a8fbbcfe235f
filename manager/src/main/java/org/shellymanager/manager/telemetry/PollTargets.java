package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.InventoryStatus;
import org.springframework.stereotype.Component;

/**
 * The devices under watch, kept in step with the inventory: every active device is a target; moved and forgotten
 * devices are dropped. First polls are spread evenly over one interval; the last stored report of each device is
 * restored so that a restart loses neither its last values nor its energy baseline.
 */
@Component
class PollTargets {

    private final InventoryService inventory;
    private final JdbcTelemetryStore store;
    private final TelemetryProperties properties;
    private final Clock clock;
    private final Map<String, PollTarget> targets = new ConcurrentHashMap<>();
    private volatile Map<String, JdbcTelemetryStore.Stored> stored;

    PollTargets(InventoryService inventory, JdbcTelemetryStore store, TelemetryProperties properties, Clock clock) {
        this.inventory = inventory;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    Collection<PollTarget> all() {
        return targets.values();
    }

    Optional<PollTarget> find(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    /**
     * Reads the whole inventory, one device at a time, and adds, updates and drops targets to match it. One call at a
     * time: the scheduler, a request for a device not picked up yet and the web pages' warm-up after start-up may all
     * call it at once.
     */
    synchronized void sync() {
        if (stored == null) {
            stored = store.loadLatest().stream()
                    .collect(Collectors.toMap(JdbcTelemetryStore.Stored::deviceId, Function.identity()));
        }
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        inventory.each(device -> {
            if (device.status() == InventoryStatus.ACTIVE) {
                seen.add(device.id());
                targets.compute(device.id(), (id, known) -> known == null ? newTarget(device, now) : update(known, device));
            }
        });
        targets.keySet().removeIf(id -> !seen.contains(id));
    }

    /** The configured interval of a device: by id, else the shortest of its tags, else by model, else the default. */
    Duration interval(Device device) {
        Duration byDevice = properties.deviceIntervals().get(device.id());
        if (byDevice != null) {
            return byDevice;
        }
        Optional<Duration> byTag = device.tags().stream().map(properties.tagIntervals()::get)
                .filter(Objects::nonNull).min(Duration::compareTo);
        return byTag.orElseGet(() -> properties.modelIntervals().getOrDefault(device.model(), properties.interval()));
    }

    private PollTarget newTarget(Device device, Instant now) {
        long spread = interval(device).toMillis();
        PollTarget target = new PollTarget(device, now, now.plusMillis(ThreadLocalRandom.current().nextLong(spread)));
        JdbcTelemetryStore.Stored before = stored.remove(device.id());
        if (before != null) {
            target.restore(before.lastReport(), before.readings(), before.battery());
        }
        return target;
    }

    /**
     * Keeps the device the target has when the inventory's copy equals it: a sync reads the whole fleet every 15 s,
     * and replacing every target's copy would keep 10,000 fresh records alive past young collections each time.
     */
    private static PollTarget update(PollTarget known, Device device) {
        if (!known.device().equals(device)) {
            known.device(device);
        }
        return known;
    }
}
