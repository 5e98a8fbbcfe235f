package org.shellymanager.manager.telemetry;

import java.time.Instant;

/**
 * Published (as a Spring application event) when a device's {@link DeviceState} changes. Listeners run on the
 * polling thread and must not block.
 *
 * @param reason why: {@code answered}, or the failure that made the poll count as missed
 */
public record DeviceStateChanged(String deviceId, DeviceState from, DeviceState to, Instant at, String reason) {

    public DeviceStateChanged {
        if (deviceId == null || from == null || to == null || at == null || from == to) {
            throw new IllegalArgumentException("a state change needs a device, two different states and a time");
        }
    }
}
