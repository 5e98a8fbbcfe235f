package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.stereotype.Service;

/** The live status of the fleet: latest status per device, watching, and polls on demand. */
@Service
public class TelemetryService {

    private final PollTargets targets;
    private final DevicePoller poller;
    private final InventoryService inventory;
    private final TelemetryProperties properties;
    private final TelemetryMetrics metrics;
    private final Clock clock;

    TelemetryService(PollTargets targets, DevicePoller poller, InventoryService inventory, TelemetryProperties properties,
                     TelemetryMetrics metrics, Clock clock) {
        this.targets = targets;
        this.poller = poller;
        this.inventory = inventory;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The latest status of a device; a device the scheduler has not picked up yet is {@link DeviceState#UNKNOWN}.
     *
     * @throws ManagerException {@code device.not-found}
     */
    public LatestStatus get(String deviceId) {
        return target(deviceId).view(clock.instant());
    }

    /** The latest status of every device under watch, by device id. */
    public List<LatestStatus> all() {
        Instant now = clock.instant();
        return targets.all().stream().map(t -> t.view(now)).sorted(Comparator.comparing(LatestStatus::deviceId)).toList();
    }

    /**
     * Marks a device as looked at: it is polled now and then every {@code watched-interval} until the watch ends
     * ({@code watch-time} after the last call).
     */
    public LatestStatus watch(String deviceId) {
        PollTarget target = target(deviceId);
        Instant now = clock.instant();
        target.watchUntil(now.plus(properties.watchTime()));
        target.due(now);
        return target.view(now);
    }

    /** Polls a device now, on the caller's thread (unless a poll is already running), and returns its status. */
    public LatestStatus refresh(String deviceId) {
        PollTarget target = target(deviceId);
        if (target.inFlight.compareAndSet(false, true)) {
            try {
                poller.poll(target);
            } finally {
                target.inFlight.set(false);
            }
        }
        return target.view(clock.instant());
    }

    /** How many devices are in each state, and how many polls started on time or late since the server started. */
    public Summary summary() {
        Map<DeviceState, Integer> states = new EnumMap<>(DeviceState.class);
        for (DeviceState state : DeviceState.values()) {
            states.put(state, 0);
        }
        targets.all().forEach(t -> states.merge(t.state(), 1, Integer::sum));
        return new Summary(targets.all().size(), states, metrics.onTimeCount(), metrics.lateCount());
    }

    private PollTarget target(String deviceId) {
        Device device = inventory.get(deviceId);
        return targets.find(device.id()).orElseGet(() -> {
            targets.sync();
            return targets.find(device.id()).orElseThrow(() -> new ManagerException(ErrorCode.DEVICE_NOT_FOUND,
                    "Device " + deviceId + " is not active in the inventory (moved); run discovery to find it again."));
        });
    }

    /** Fleet-wide counts. */
    public record Summary(int devices, Map<DeviceState, Integer> states, long pollsOnTime, long pollsLate) {

        public Summary {
            states = Map.copyOf(states);
        }
    }
}
