package org.shellymanager.manager.firmware;

import java.time.Instant;

/**
 * One device in a rollout: its wave and place, and what came of it.
 *
 * @param label        the device's name and address when the rollout was planned (kept if it is forgotten later)
 * @param fromVersion  the version it ran when its turn came, or null before
 * @param toVersion    the version it was told to install, or null
 * @param waitingSince when a sleeping battery device was first found asleep, or null
 */
public record RolloutDevice(String rolloutId, String deviceId, int wave, int position, String label, DeviceOutcome outcome,
                            String message, String fromVersion, String toVersion, Instant waitingSince, Instant finishedAt) {

    public RolloutDevice {
        if (rolloutId == null || deviceId == null || label == null || outcome == null || wave < 1) {
            throw new IllegalArgumentException("rollout id, device id, label, outcome and a wave from 1 are required");
        }
    }

    RolloutDevice with(DeviceOutcome next, String why, String from, String to, Instant waiting, Instant finished) {
        return new RolloutDevice(rolloutId, deviceId, wave, position, label, next, why, from, to, waiting, finished);
    }
}
