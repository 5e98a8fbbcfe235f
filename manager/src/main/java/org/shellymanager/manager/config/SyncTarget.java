package org.shellymanager.manager.config;

/** What a sync makes a device look like. */
sealed interface SyncTarget {

    /** The device's desired state from its layers. */
    record Desired() implements SyncTarget {
    }

    /** A stored snapshot, of this device or of another of the same model (a replacement). */
    record FromSnapshot(Snapshot source, String sourceDeviceId, String sourceMac) implements SyncTarget {
    }
}
