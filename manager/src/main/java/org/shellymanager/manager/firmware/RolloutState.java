package org.shellymanager.manager.firmware;

/** Where a rollout is. HALTED is a pause the rollout took itself when a wave failed too often; the last two are final. */
public enum RolloutState {
    RUNNING, PAUSED, HALTED, COMPLETED, CANCELLED;

    public boolean finished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
