package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/** The Wi-Fi station link; {@code ip}, {@code ssid} and {@code rssi} are null while disconnected. */
public record WifiStatus(String key, boolean connected, String ssid, String ip, Integer rssi, JsonNode raw)
        implements Component {
}
