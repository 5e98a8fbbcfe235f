package org.shellymanager.manager.firmware;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A staged firmware rollout, stored under the id of the job that runs it.
 *
 * @param channel           {@code stable}, {@code beta}, or null when a cached file is the target
 * @param fileId            the cached file to install, or null
 * @param waves             the wave plan as given ({@code 1}, {@code 10%}, {@code rest})
 * @param maxFailurePercent the rollout halts once more than this share of a wave's devices failed
 * @param currentWave       the wave being worked on, from 1
 * @param haltReason        why it halted, or null
 */
public record Rollout(String id, String name, RolloutState state, String channel, String fileId, List<String> waves,
                      int concurrency, int maxFailurePercent, Duration verifyTimeout, int currentWave, String haltReason,
                      Instant createdAt, Instant updatedAt) {

    public Rollout {
        if (id == null || name == null || state == null || waves == null || verifyTimeout == null || createdAt == null
                || updatedAt == null || (channel == null) == (fileId == null)) {
            throw new IllegalArgumentException("a rollout needs an id, a name, a state, waves, times and one target");
        }
        waves = List.copyOf(waves);
    }

    /** {@code stable}, {@code beta} or {@code file:<id>}. */
    public String target() {
        return channel != null ? channel : "file:" + fileId;
    }
}
