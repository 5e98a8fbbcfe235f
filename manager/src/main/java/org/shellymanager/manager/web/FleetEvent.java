package org.shellymanager.manager.web;

import java.time.Instant;

/**
 * Something that happened to a device, as the dashboard and the device page list it.
 *
 * @param kind {@code online}, {@code offline}, {@code asleep}, {@code drift} or {@code input}: its colour and icon
 * @param text what happened, in words, without the device's name
 */
record FleetEvent(Instant at, String deviceId, String kind, String text) {

    FleetEvent {
        if (at == null || deviceId == null || kind == null || text == null) {
            throw new IllegalArgumentException("an event needs a time, a device, a kind and a text");
        }
    }
}
