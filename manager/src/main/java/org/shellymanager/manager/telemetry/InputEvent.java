package org.shellymanager.manager.telemetry;

import java.time.Instant;

/**
 * An input event in history: a button push or an input flip the device reported.
 *
 * @param channel the input ({@code input:0})
 * @param event   as the device names it: {@code single_push}, {@code long_push}, {@code btn_down} (Gen2+), {@code S},
 *                {@code L}, {@code SS} (Gen1)
 * @param count   the Gen1 input's event counter after the event, or null (Gen2+)
 */
public record InputEvent(String deviceId, Instant at, String channel, String event, Integer count) {

    /** The longest channel and event name stored; a device that sends longer ones is not believed. */
    static final int MAX_NAME = 64;

    public InputEvent {
        if (deviceId == null || at == null || !storable(channel, event)) {
            throw new IllegalArgumentException("an input event needs a device, a time, a channel and an event (names of "
                    + "1 to " + MAX_NAME + " characters)");
        }
    }

    static boolean storable(String channel, String event) {
        return channel != null && !channel.isBlank() && channel.length() <= MAX_NAME
                && event != null && !event.isBlank() && event.length() <= MAX_NAME;
    }
}
