package org.shellymanager.manager.config;

/** Why a snapshot differs from the one before it. */
public enum SnapshotCause {
    /** The first snapshot of a device. */
    INITIAL,
    /** Read on request or by a drift run, and it changed since the last one: someone changed the device itself. */
    DEVICE_CHANGE,
    /** Written by a sync job of the manager. */
    MANAGER_SYNC,
    /** Written back from an earlier snapshot (a restore, or the roll-back of a failed sync). */
    RESTORE
}
