package org.shellymanager.device;

import org.shellymanager.device.model.DeviceStatus;
import tools.jackson.databind.JsonNode;

/** What a device's WebSocket reports. */
public sealed interface DeviceEvent {

    /** The socket is (again) open and the full status has been read. */
    record Connected(DeviceStatus status) implements DeviceEvent {
    }

    /**
     * The status changed ({@code NotifyStatus} merged into the last status, or {@code NotifyFullStatus}).
     *
     * @param change the notification's {@code params}, as sent
     */
    record StatusChanged(DeviceStatus status, JsonNode change) implements DeviceEvent {
    }

    /** One entry of a {@code NotifyEvent}: a button push, {@code ota_progress}, {@code config_changed} ... */
    record Event(String component, String event, JsonNode raw) implements DeviceEvent {
    }

    /** The socket closed; it will reconnect unless it was closed on purpose. */
    record Disconnected(String reason, boolean reconnecting) implements DeviceEvent {
    }
}
