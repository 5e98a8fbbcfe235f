package org.shellymanager.manager.firmware;

/** Where one device is in a rollout; the first three are not final. */
public enum DeviceOutcome {
    /** Its turn has not come. */
    PENDING,
    /** Told to update; waiting for it to come back on the target version. */
    UPDATING,
    /** A battery device that was asleep at its turn; tried again until it wakes or {@code wake-wait} passes. */
    WAITING_WAKE,
    UPDATED,
    ALREADY_CURRENT,
    /** It refused, reported an error, or did not come back on the target version in time; counts toward the halt. */
    FAILED,
    /** Not reachable when its turn came (a battery device: for all of {@code wake-wait}). */
    SKIPPED_OFFLINE,
    /** Not updated for a reason that is not the device's fault (gone from the inventory, another model). */
    SKIPPED,
    CANCELLED;

    public boolean finished() {
        return this != PENDING && this != UPDATING && this != WAITING_WAKE;
    }
}
