package org.shellymanager.manager.firmware;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.shellymanager.manager.job.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a rollout's job, from wherever the stored state says it is: wave after wave, at most
 * {@code concurrency} devices at a time, only while the rollout is RUNNING and inside the maintenance window.
 * When more than {@code maxFailurePercent} of a wave's devices failed, no further device is started and the
 * rollout is HALTED until someone resumes or cancels it.
 */
final class RolloutRun {

    private static final Logger log = LoggerFactory.getLogger(RolloutRun.class);
    private static final Set<RolloutState> ACTIVE = Set.of(RolloutState.RUNNING);

    private final RolloutRunner runner;
    private final JdbcRolloutStore store;
    private final String id;
    private final JobContext context;
    private final Map<String, Long> nextTry = new HashMap<>();

    RolloutRun(RolloutRunner runner, String id, JobContext context) {
        this.runner = runner;
        this.store = runner.store();
        this.id = id;
        this.context = context;
    }

    String run() throws InterruptedException {
        Rollout rollout = store.find(id).orElseThrow(() -> new IllegalStateException("rollout " + id + " is not stored"));
        List<RolloutDevice> devices = store.devices(id);
        context.total(devices.size());
        devices.stream().filter(d -> d.outcome().finished()).forEach(d -> context.advance());
        FirmwareFile file = null;
        if (rollout.fileId() != null) {
            file = runner.file(rollout).orElse(null);
            if (file == null) {
                store.transition(id, ACTIVE, RolloutState.HALTED, "the cached firmware file was deleted",
                        runner.clock().instant());
            }
        }
        int waves = devices.stream().mapToInt(RolloutDevice::wave).max().orElse(0);
        for (int wave = Math.max(1, rollout.currentWave()); wave <= waves; wave++) {
            store.wave(id, wave, runner.clock().instant());
            if (!runWave(wave, file)) {
                return stopped();
            }
        }
        store.transition(id, Set.of(RolloutState.RUNNING, RolloutState.PAUSED, RolloutState.HALTED), RolloutState.COMPLETED,
                null, runner.clock().instant());
        return "completed: " + RolloutRunner.tally(store.devices(id));
    }

    /** Works on one wave until every device in it has a final outcome; false when the rollout stops. */
    private boolean runWave(int wave, FirmwareFile file) throws InterruptedException {
        while (true) {
            if (!awaitGo()) {
                return false;
            }
            Rollout rollout = store.find(id).orElseThrow();
            List<RolloutDevice> open = store.devices(id).stream()
                    .filter(d -> d.wave() == wave && !d.outcome().finished()).toList();
            if (open.isEmpty()) {
                return true;
            }
            long now = System.nanoTime();
            List<RolloutDevice> ready = open.stream().filter(d -> d.outcome() != DeviceOutcome.WAITING_WAKE
                    || nextTry.getOrDefault(d.deviceId(), 0L) - now <= 0).toList();
            if (ready.isEmpty()) {
                Thread.sleep(RolloutRunner.TICK);
                continue;
            }
            runBatch(rollout, wave, ready, file);
        }
    }

    private void runBatch(Rollout rollout, int wave, List<RolloutDevice> ready, FirmwareFile file) {
        Semaphore slots = new Semaphore(rollout.concurrency());
        int waveSize = (int) store.devices(id).stream().filter(d -> d.wave() == wave).count();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (RolloutDevice entry : ready) {
                pool.execute(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        if (mayStart()) {
                            RolloutDevice after = runner.updater().update(rollout, entry, file, this::mustStop);
                            settle(rollout, wave, waveSize, after);
                        }
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    private synchronized void settle(Rollout rollout, int wave, int waveSize, RolloutDevice after) {
        runner.record(context, after);
        if (after.outcome() == DeviceOutcome.WAITING_WAKE) {
            nextTry.put(after.deviceId(), System.nanoTime() + runner.properties().wakeRetry().toNanos());
        }
        if (after.outcome() != DeviceOutcome.FAILED) {
            return;
        }
        long failed = store.devices(id).stream()
                .filter(d -> d.wave() == wave && d.outcome() == DeviceOutcome.FAILED).count();
        if (failed * 100 > (long) rollout.maxFailurePercent() * waveSize) {
            String reason = "wave " + wave + ": " + failed + " of " + waveSize + " devices failed, more than the "
                    + rollout.maxFailurePercent() + "% allowed";
            if (store.transition(id, ACTIVE, RolloutState.HALTED, reason, runner.clock().instant())) {
                log.warn("rollout {} halted: {}", id, reason);
            }
        }
    }

    /** Blocks while the rollout is paused, halted or outside the maintenance window; false when it must stop. */
    private boolean awaitGo() throws InterruptedException {
        while (!mustStop()) {
            if (mayStart()) {
                return true;
            }
            Thread.sleep(RolloutRunner.TICK);
        }
        return false;
    }

    private boolean mayStart() {
        return !mustStop() && store.find(id).map(r -> r.state() == RolloutState.RUNNING).orElse(false)
                && runner.window().contains(runner.clock().instant());
    }

    private boolean mustStop() {
        return context.cancelled() || store.find(id).map(r -> r.state() == RolloutState.CANCELLED).orElse(true);
    }

    /** Ends this run: on shutdown the rollout stays as it is and resumes at the next start; otherwise it is cancelled. */
    private String stopped() {
        if (runner.shuttingDown()) {
            return "interrupted by shutdown; resumes when the server starts again";
        }
        store.transition(id, Set.of(RolloutState.RUNNING, RolloutState.PAUSED, RolloutState.HALTED), RolloutState.CANCELLED,
                null, runner.clock().instant());
        for (RolloutDevice open : store.devices(id)) {
            if (!open.outcome().finished()) {
                runner.record(context, open.with(DeviceOutcome.CANCELLED, open.outcome() == DeviceOutcome.UPDATING
                        ? "the rollout was cancelled while the device updated; its result was not verified"
                        : "the rollout was cancelled before its turn", open.fromVersion(), open.toVersion(),
                        open.waitingSince(), runner.clock().instant()));
            }
        }
        return "cancelled: " + RolloutRunner.tally(store.devices(id));
    }
}
