package org.shellymanager.manager.firmware;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.InventoryStatus;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobState;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Plans, starts and steers staged firmware rollouts; each runs as a job whose id is the rollout's id. */
@Service
public class RolloutService {

    private static final Logger log = LoggerFactory.getLogger(RolloutService.class);
    private static final Duration MAX_VERIFY = Duration.ofHours(2);

    private final InventoryService inventory;
    private final FirmwareCache cache;
    private final JdbcFirmwareStore firmware;
    private final JdbcRolloutStore store;
    private final JobService jobs;
    private final RolloutRunner runner;
    private final FirmwareProperties properties;
    private final Clock clock;

    RolloutService(InventoryService inventory, FirmwareCache cache, JdbcFirmwareStore firmware, JdbcRolloutStore store,
                   JobService jobs, RolloutRunner runner, FirmwareProperties properties, Clock clock) {
        this.inventory = inventory;
        this.cache = cache;
        this.firmware = firmware;
        this.store = store;
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
    }

    /** The waves and devices a request would give, without starting anything. */
    public RolloutPlan plan(RolloutRequest request) {
        boolean hasChannel = request.channel() != null && !request.channel().isBlank();
        boolean hasFile = request.fileId() != null && !request.fileId().isBlank();
        if (hasChannel == hasFile) {
            throw invalid("give exactly one target: channel (stable or beta) or fileId (a cached file)");
        }
        if (hasChannel && !Set.of("stable", "beta").contains(request.channel())) {
            throw invalid("channel must be stable or beta, was '" + request.channel() + "'");
        }
        FirmwareFile file = hasFile ? cache.get(request.fileId()) : null;
        List<String> steps = WavePlan.validate(request.waves());
        DeviceSelector selector = request.devices();
        if (file != null && selector.model() != null && !selector.model().equalsIgnoreCase(file.model())) {
            throw invalid("the cached file is for " + file.model() + " but the devices selected are " + selector.model());
        }
        Map<String, DeviceFirmware> checked = firmware.all().stream()
                .collect(Collectors.toMap(DeviceFirmware::deviceId, Function.identity()));
        List<RolloutPlan.PlannedDevice> planned = new ArrayList<>();
        List<RolloutPlan.Excluded> excluded = new ArrayList<>();
        for (Device device : selector.select(inventory)) {
            if (device.status() != InventoryStatus.ACTIVE) {
                excluded.add(new RolloutPlan.Excluded(device.id(), device.name(), "moved: no longer at its last address"));
            } else if (file != null && !file.model().equalsIgnoreCase(device.model())) {
                excluded.add(new RolloutPlan.Excluded(device.id(), device.name(), "a " + device.model()
                        + "; the file is for " + file.model()));
            } else {
                DeviceFirmware known = checked.get(device.id());
                String offered = file != null ? file.version() : known == null ? null
                        : "beta".equals(request.channel()) ? known.betaVersion() : known.stableVersion();
                planned.add(new RolloutPlan.PlannedDevice(device.id(), device.name(), device.model(),
                        device.generation().number(), device.online(), device.capabilities().contains("battery"),
                        device.firmware(), offered));
            }
        }
        List<RolloutPlan.Wave> waves = new ArrayList<>();
        int from = 0;
        for (int size : WavePlan.sizes(steps, planned.size())) {
            waves.add(new RolloutPlan.Wave(waves.size() + 1, planned.subList(from, from + size)));
            from += size;
        }
        String target = file != null ? "file:" + file.id() : request.channel();
        String name = request.name() != null && !request.name().isBlank() ? request.name().strip()
                : (file != null ? file.model() + " " + file.version() : request.channel()) + " for " + selector.describe();
        return new RolloutPlan(name, target, file != null ? file.version() : null, steps, planned.size(), waves, excluded,
                properties.window().toString());
    }

    /** Plans and starts a rollout as a job. */
    public Rollout create(RolloutRequest request, String startedBy) {
        RolloutPlan plan = plan(request);
        if (plan.devices() == 0) {
            throw new ManagerException(ErrorCode.ROLLOUT_NO_DEVICES, "No device matches the selection"
                    + (plan.excluded().isEmpty() ? "." : " (" + plan.excluded().size() + " excluded, see the plan)."));
        }
        Duration verify = request.verifyTimeout() != null ? request.verifyTimeout() : properties.verifyTimeout();
        if (verify.isNegative() || verify.isZero() || verify.compareTo(MAX_VERIFY) > 0) {
            throw invalid("verifyTimeout must be positive and at most " + MAX_VERIFY.toHours() + " h");
        }
        CountDownLatch stored = new CountDownLatch(1);
        String[] id = new String[1];
        Job job = jobs.submit(new JobKind.FirmwareRollout(plan.name(), request.devices().describe(), plan.target(),
                plan.waveSteps()), startedBy, context -> {
                    stored.await();
                    return runner.work(id[0]).run(context);
                });
        id[0] = job.id();
        try {
            Instant now = clock.instant();
            Rollout rollout = new Rollout(job.id(), plan.name(), RolloutState.RUNNING,
                    plan.target().startsWith("file:") ? null : plan.target(), request.fileId(), plan.waveSteps(),
                    request.concurrency() != null ? request.concurrency() : 4,
                    request.maxFailurePercent() != null ? request.maxFailurePercent() : 20, verify, 1, null, now, now);
            List<RolloutDevice> devices = new ArrayList<>();
            for (RolloutPlan.Wave wave : plan.waves()) {
                for (RolloutPlan.PlannedDevice device : wave.devices()) {
                    devices.add(new RolloutDevice(job.id(), device.deviceId(), wave.number(), devices.size() + 1,
                            label(device), DeviceOutcome.PENDING, null, null, null, null, null));
                }
            }
            store.insert(rollout, devices);
            log.info("rollout {} '{}' created: {} devices in {} waves, target {}", job.id(), plan.name(), devices.size(),
                    plan.waves().size(), plan.target());
            return rollout;
        } finally {
            stored.countDown();
        }
    }

    public List<Rollout> list() {
        return store.list();
    }

    /** @throws ManagerException {@code rollout.not-found} */
    public Rollout get(String id) {
        return store.find(id).orElseThrow(() -> new ManagerException(ErrorCode.ROLLOUT_NOT_FOUND, "No rollout with id " + id + "."));
    }

    public List<RolloutDevice> devices(String id) {
        get(id);
        return store.devices(id);
    }

    public Rollout pause(String id) {
        return move(id, Set.of(RolloutState.RUNNING), RolloutState.PAUSED, "only a running rollout can be paused");
    }

    /** Goes on with a paused or halted rollout (after a halt, a further failure in the same wave halts it again). */
    public Rollout resume(String id) {
        Rollout rollout = move(id, Set.of(RolloutState.PAUSED, RolloutState.HALTED), RolloutState.RUNNING,
                "only a paused or halted rollout can be resumed");
        restartIfIdle(rollout);
        return rollout;
    }

    public Rollout cancel(String id) {
        Rollout rollout = move(id, Set.of(RolloutState.RUNNING, RolloutState.PAUSED, RolloutState.HALTED),
                RolloutState.CANCELLED, "the rollout has already ended");
        jobs.find(id).filter(job -> !job.state().finished()).ifPresent(job -> jobs.cancel(id));
        return rollout;
    }

    /** Runs the job of an unfinished rollout again when no job of this server works on it (after a restart). */
    void restartIfIdle(Rollout rollout) {
        if (!rollout.state().finished() && !runner.running(rollout.id())
                && jobs.find(rollout.id()).map(job -> job.state() == JobState.INTERRUPTED).orElse(false)) {
            jobs.resume(rollout.id(), runner.work(rollout.id()));
        }
    }

    private Rollout move(String id, Set<RolloutState> from, RolloutState to, String refusal) {
        Rollout rollout = get(id);
        if (!store.transition(id, from, to, null, clock.instant())) {
            throw new ManagerException(ErrorCode.ROLLOUT_STATE_CONFLICT, "Rollout " + id + " is " + rollout.state() + "; "
                    + refusal + ".");
        }
        log.info("rollout {} {} -> {}", id, rollout.state(), to);
        return get(id);
    }

    private static String label(RolloutPlan.PlannedDevice device) {
        return (device.name() != null ? device.name() : device.deviceId()) + " (" + device.model() + ")";
    }

    private static ManagerException invalid(String detail) {
        return new ManagerException(ErrorCode.REQUEST_INVALID, detail);
    }
}
