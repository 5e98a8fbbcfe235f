package org.shellymanager.manager.web;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.telemetry.LatestStatus;

/**
 * A device as the pages show it: the inventory record, its product name, and what telemetry last saw of it.
 *
 * @param status the latest status, or null while telemetry does not watch the device (moved away)
 */
record DeviceRow(Device device, String productName, LatestStatus status) {

    /** {@code online}, {@code offline} or {@code attention} (needs credentials): the colour of its state. */
    public String state() {
        if (device.needsCredentials()) {
            return "attention";
        }
        if (status != null) {
            return switch (status.state()) {
                case ONLINE, ASLEEP -> "online";
                case OFFLINE -> "offline";
                case UNKNOWN -> device.online() ? "online" : "offline";
            };
        }
        return device.online() ? "online" : "offline";
    }

    /** What the state cell says. */
    public String stateText() {
        if (device.needsCredentials()) {
            return "needs credentials";
        }
        if (status != null) {
            return switch (status.state()) {
                case ONLINE -> "online";
                case ASLEEP -> "asleep";
                case OFFLINE -> "offline";
                case UNKNOWN -> device.online() ? "online" : "offline";
            };
        }
        return device.online() ? "online" : "offline";
    }

    /** The device's first on/off output ({@code switch:0} or {@code relay:0}), or null when it has none. */
    public ComponentView mainSwitch() {
        return ComponentView.of(status).stream().filter(part -> part.control().equals("switch")).findFirst().orElse(null);
    }

    /** The device's own web page. */
    public String webPage() {
        return "http://" + device.address() + "/";
    }

    /** The name to show: the user's, else the device id. */
    public String label() {
        return label(device);
    }

    static String label(Device device) {
        return device.name() == null || device.name().isBlank() ? device.deviceId() : device.name();
    }
}
