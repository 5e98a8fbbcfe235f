package org.shellymanager.device;

import tools.jackson.databind.JsonNode;

/**
 * What {@code GET /shelly} tells about a device, without login.
 *
 * @param mac       12 upper-case hex digits, no separators
 * @param deviceId  the device id (Gen2+: also the digest realm); Gen1: derived from the hostname rules when absent
 * @param name      the user-given name, or null
 * @param app       the Gen2+ application name (e.g. {@code Plus2PM}), or null on Gen1
 * @param profile   the active profile of multi-profile devices, or null
 * @param raw       the reply as received
 */
public record DeviceIdentity(Generation generation, String model, String mac, String deviceId, String firmwareVersion,
                             String firmwareId, boolean authRequired, String name, String app, String profile, JsonNode raw) {

    public DeviceIdentity {
        if (generation == null || model == null || model.isBlank()) {
            throw new IllegalArgumentException("generation and model are required");
        }
        if (mac == null || !mac.matches("[0-9A-F]{12}")) {
            throw new IllegalArgumentException("mac must be 12 upper-case hex digits, was " + mac);
        }
        if (deviceId == null || firmwareVersion == null || firmwareId == null || raw == null) {
            throw new IllegalArgumentException("deviceId, firmware and raw reply are required");
        }
    }

    /** The digest realm: the device id, which Gen2+ devices also report as {@code auth_domain}. */
    public String realm() {
        JsonNode domain = raw.path("auth_domain");
        return domain.isString() && !domain.stringValue().isBlank() ? domain.stringValue() : deviceId;
    }
}
