package org.shellymanager.manager.firmware;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobWork;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the job body of a rollout and gives it what it shares with the rest: the per-device updater, the
 * store, the maintenance window, and whether the server is shutting down (then a rollout stops and resumes at
 * the next start instead of ending as cancelled).
 */
@Component
class RolloutRunner {

    /** How often a waiting rollout looks at its state, the window and sleeping devices again. */
    static final java.time.Duration TICK = java.time.Duration.ofMillis(250);

    private final JdbcRolloutStore store;
    private final DeviceUpdater updater;
    private final FirmwareCache cache;
    private final FirmwareProperties properties;
    private final Clock clock;
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;

    RolloutRunner(JdbcRolloutStore store, DeviceUpdater updater, FirmwareCache cache, FirmwareProperties properties,
                  Clock clock) {
        this.store = store;
        this.updater = updater;
        this.cache = cache;
        this.properties = properties;
        this.clock = clock;
    }

    JobWork work(String rolloutId) {
        return context -> {
            active.add(rolloutId);
            try {
                return new RolloutRun(this, rolloutId, context).run();
            } finally {
                active.remove(rolloutId);
            }
        };
    }

    /** Whether a job of this server is working on the rollout now. */
    boolean running(String rolloutId) {
        return active.contains(rolloutId);
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        shuttingDown = true;
    }

    boolean shuttingDown() {
        return shuttingDown;
    }

    JdbcRolloutStore store() {
        return store;
    }

    DeviceUpdater updater() {
        return updater;
    }

    Optional<FirmwareFile> file(Rollout rollout) {
        return rollout.fileId() == null ? Optional.empty() : cache.find(rollout.fileId());
    }

    MaintenanceWindow window() {
        return properties.window();
    }

    FirmwareProperties properties() {
        return properties;
    }

    Clock clock() {
        return clock;
    }

    static JobResult result(RolloutDevice device) {
        return new JobResult(device.label(), device.outcome().name(), device.message(), device.deviceId());
    }

    /** "3 updated, 1 failed" over the final outcomes. */
    static String tally(List<RolloutDevice> devices) {
        Map<DeviceOutcome, Integer> counts = new EnumMap<>(DeviceOutcome.class);
        devices.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .toList());
    }

    void record(JobContext context, RolloutDevice device) {
        store.save(device);
        if (device.outcome().finished()) {
            context.result(result(device));
            context.advance();
        }
    }
}
