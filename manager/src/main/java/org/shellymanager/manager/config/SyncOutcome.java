package org.shellymanager.manager.config;

/** How one device's sync ended. */
public enum SyncOutcome {
    /** Nothing differed; nothing was sent. */
    IN_SYNC,
    /** Dry run: these calls would be sent. */
    PLANNED,
    /** The changes were applied and read back as desired. */
    APPLIED,
    /** A change failed or did not stick; the device was put back to its configuration from before the run. */
    ROLLED_BACK,
    /** A change failed and putting the device back failed too: it needs a look. */
    ROLLBACK_FAILED,
    /** The device did not answer; nothing was changed. */
    UNREACHABLE,
    /** The device refused the stored login; nothing was changed. */
    UNAUTHORIZED
}
