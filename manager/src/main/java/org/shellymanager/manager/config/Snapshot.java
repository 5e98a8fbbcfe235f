package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shellymanager.device.Generation;
import tools.jackson.databind.JsonNode;

/**
 * One version of a device's whole configuration: the raw sections as the device reported them (each top-level
 * part of Gen1 {@code /settings} or Gen2+ {@code Shelly.GetConfig}, plus {@code script-code:N},
 * {@code schedules}, {@code webhooks} and {@code kvs} where the device has them).
 *
 * @param fingerprint SHA-256 of the configuration fields (volatile ones left out); equal when nothing changed
 * @param jobId       the job that wrote it, or null
 */
public record Snapshot(String id, String deviceId, int version, Instant takenAt, SnapshotCause cause, String jobId,
                       String fingerprint, String model, Generation generation, Map<String, JsonNode> sections) {

    public Snapshot {
        if (id == null || deviceId == null || version < 1 || takenAt == null || cause == null || fingerprint == null
                || model == null || generation == null) {
            throw new IllegalArgumentException("id, device, version, time, cause, fingerprint, model and generation are required");
        }
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** The configuration fields, without the volatile ones. */
    ConfigFields fields() {
        return fieldsOf(generation, sections);
    }

    static ConfigFields fieldsOf(Generation generation, Map<String, JsonNode> sections) {
        Map<String, JsonNode> kept = new java.util.TreeMap<>();
        ConfigFields.of(sections).values().forEach((field, value) -> {
            if (!VolatileFields.isVolatile(generation, field)) {
                kept.put(field, value);
            }
        });
        return new ConfigFields(new java.util.TreeMap<>(kept));
    }
}
