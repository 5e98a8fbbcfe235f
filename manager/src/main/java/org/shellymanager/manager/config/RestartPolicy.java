package org.shellymanager.manager.config;

/** What a sync does when a device answers {@code restart_required}. */
public enum RestartPolicy {
    /** Reboot the device at the end of its sync. */
    NOW,
    /** Leave it running; the job result says a restart is pending. */
    LATER,
    /** Leave it running and say nothing more. */
    NEVER
}
