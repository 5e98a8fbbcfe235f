package org.shellymanager.manager.telemetry;

/** Whether a device answers, as telemetry sees it. */
public enum DeviceState {
    /** Not polled yet since the server started, or not yet answered and not yet missed enough polls. */
    UNKNOWN,
    /** Answered the last poll (or its WebSocket is open). */
    ONLINE,
    /** Missed the configured number of polls in a row; polled with back-off until it answers. */
    OFFLINE,
    /** A battery device that reported before and now sleeps; its last report stands. */
    ASLEEP
}
