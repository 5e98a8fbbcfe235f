package org.shellymanager.manager.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inventory fields of a device in the order every full export writes them (JSON, TOML, CSV), so that the
 * files diff cleanly and the importer reads back exactly what was written. Credentials are never among them.
 */
public final class DeviceFields {

    /** The field names in their written order. */
    public static final List<String> NAMES = List.of("id", "mac", "deviceId", "model", "generation", "firmware", "host",
            "port", "name", "room", "tags", "notes", "status", "online", "authRequired", "needsCredentials", "capabilities",
            "firstSeen", "lastSeen");

    private DeviceFields() {
    }

    /** The fields as values JSON, TOML and YAML writers take: strings, numbers, booleans, lists; null when absent. */
    public static Map<String, Object> of(SnapshotDevice device) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", device.id());
        fields.put("mac", device.mac());
        fields.put("deviceId", device.deviceId());
        fields.put("model", device.model());
        fields.put("generation", device.generation());
        fields.put("firmware", device.firmware());
        fields.put("host", device.host());
        fields.put("port", device.port());
        fields.put("name", device.name());
        fields.put("room", device.room());
        fields.put("tags", device.tags());
        fields.put("notes", device.notes());
        fields.put("status", device.status());
        fields.put("online", device.online());
        fields.put("authRequired", device.authRequired());
        fields.put("needsCredentials", device.needsCredentials());
        fields.put("capabilities", device.capabilities());
        fields.put("firstSeen", device.firstSeen().toString());
        fields.put("lastSeen", device.lastSeen().toString());
        return fields;
    }
}
