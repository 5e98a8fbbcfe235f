package org.shellymanager.manager.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause for a {@link DeviceQuery}, the same SQL on SQLite, PostgreSQL and MariaDB. The drift filter
 * reads configuration management's record of drifting fields ({@code config_drift_state}) and of checked devices
 * ({@code config_drift_checked}).
 */
final class DeviceFilterSql {

    private static final List<String> TEXT_COLUMNS = List.of("name", "mac", "device_id", "model", "host", "room", "notes");

    private DeviceFilterSql() {
    }

    static String where(DeviceQuery query, List<String> modelsNamed, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            params.put("text", like(query.text()));
            List<String> anyOf = new ArrayList<>(TEXT_COLUMNS.stream()
                    .map(column -> "LOWER(" + column + ") LIKE :text ESCAPE '!'").toList());
            if (!modelsNamed.isEmpty()) {
                anyOf.add("model IN (:modelsNamed)");
                params.put("modelsNamed", modelsNamed);
            }
            conditions.add("(" + String.join(" OR ", anyOf) + ")");
        }
        if (query.model() != null) {
            conditions.add("LOWER(model) = :model");
            params.put("model", query.model().toLowerCase(Locale.ROOT));
        }
        if (query.generation() != null) {
            conditions.add("generation = :generation");
            params.put("generation", query.generation());
        }
        if (query.tag() != null) {
            conditions.add("EXISTS (SELECT 1 FROM device_tags t WHERE t.device_id = devices.id AND t.tag = :tag)");
            params.put("tag", query.tag());
        }
        if (query.room() != null) {
            conditions.add("LOWER(room) = :room");
            params.put("room", query.room().toLowerCase(Locale.ROOT));
        }
        if (query.online() != null) {
            conditions.add("online = :online");
            params.put("online", query.online());
        }
        if (query.firmware() != null) {
            conditions.add("LOWER(firmware) LIKE :firmware ESCAPE '!'");
            params.put("firmware", like(query.firmware()));
        }
        if (query.needsCredentials() != null) {
            conditions.add("needs_credentials = :needsCredentials");
            params.put("needsCredentials", query.needsCredentials());
        }
        if (query.drift() != null) {
            conditions.add(drift(query.drift()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String drift(DriftFilter drift) {
        String drifting = "EXISTS (SELECT 1 FROM config_drift_state s WHERE s.device_id = devices.id)";
        String checked = "EXISTS (SELECT 1 FROM config_drift_checked c WHERE c.device_id = devices.id)";
        return switch (drift) {
            case DRIFTED -> drifting;
            case IN_SYNC -> checked + " AND NOT " + drifting;
            case UNCHECKED -> "NOT " + checked + " AND NOT " + drifting;
        };
    }

    /** A contains-pattern for LIKE with {@code !} as the escape character. */
    private static String like(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
