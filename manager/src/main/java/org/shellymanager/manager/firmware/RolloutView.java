package org.shellymanager.manager.firmware;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.job.JobProgress;
import org.shellymanager.manager.job.JobState;

/**
 * A rollout as the API shows it, with its job's state and progress and a count of device outcomes.
 *
 * @param jobState        the state of the job that runs it (RUNNING also while paused or halted)
 * @param inWindow        whether the maintenance window is open now
 * @param progress        devices with a final outcome, of all
 * @param devices         the devices with their outcomes, or null in listings
 */
public record RolloutView(String id, String name, RolloutState state, String target, List<String> waves, int concurrency,
                          int maxFailurePercent, Duration verifyTimeout, int currentWave, int waveCount, String haltReason,
                          Instant createdAt, Instant updatedAt, JobState jobState, JobProgress progress,
                          Map<DeviceOutcome, Integer> outcomes, boolean inWindow, List<RolloutDevice> devices) {

    static RolloutView of(Rollout rollout, List<RolloutDevice> all, JobState jobState, boolean inWindow, boolean withDevices) {
        Map<DeviceOutcome, Integer> outcomes = new EnumMap<>(DeviceOutcome.class);
        all.forEach(d -> outcomes.merge(d.outcome(), 1, Integer::sum));
        JobProgress progress = new JobProgress((int) all.stream().filter(d -> d.outcome().finished()).count(), all.size());
        int waves = all.stream().mapToInt(RolloutDevice::wave).max().orElse(0);
        return new RolloutView(rollout.id(), rollout.name(), rollout.state(), rollout.target(), rollout.waves(),
                rollout.concurrency(), rollout.maxFailurePercent(), rollout.verifyTimeout(), rollout.currentWave(), waves,
                rollout.haltReason(), rollout.createdAt(), rollout.updatedAt(), jobState, progress, outcomes, inWindow,
                withDevices ? all : null);
    }
}
