package org.shellymanager.device.model;

import java.util.NoSuchElementException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A device's whole configuration as the device reports it (Gen1 {@code /settings}, Gen2+ {@code Shelly.GetConfig}).
 * It is kept as JSON because config is read, compared and written back as a whole; secrets are never included
 * by the devices themselves.
 *
 * @param name the user-given device name, or null
 */
public record DeviceConfig(String name, JsonNode raw) {

    public DeviceConfig {
        if (raw == null || !raw.isObject()) {
            throw new IllegalArgumentException("config must be a JSON object");
        }
    }

    /** A top-level section: {@code wifi}, {@code switch:0} on Gen2+; {@code wifi_sta}, {@code relays} on Gen1. */
    public Optional<JsonNode> find(String section) {
        return Optional.ofNullable(raw.get(section));
    }

    public JsonNode get(String section) {
        return find(section).orElseThrow(() -> new NoSuchElementException("no config section " + section));
    }
}
