package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.shellymanager.manager.config.DesiredOverrides;

/**
 * One device read from an import file, validated field by field. Only {@code mac} is required; {@code present}
 * names the fields the file gave, so that a CSV holding only names and rooms changes only those.
 *
 * @param where   where in the file it came from ({@code devices.csv line 4}), for messages
 * @param desired the device's own layer of desired configuration when the file gives one (TOML), else null
 */
public record ImportedDevice(String where, Set<String> present, String id, String mac, String deviceId, String model,
                             Integer generation, String firmware, String host, Integer port, String name, String room,
                             List<String> tags, String notes, String status, Boolean online, Boolean authRequired,
                             Boolean needsCredentials, List<String> capabilities, Instant firstSeen, Instant lastSeen,
                             DesiredOverrides desired) {

    /** Fields a device needs to be created rather than only updated. */
    static final List<String> IDENTITY = List.of("deviceId", "model", "generation", "firmware", "host", "port");

    public ImportedDevice {
        present = Set.copyOf(present);
    }

    /** Validates the raw values (strings, numbers, booleans, lists) by field name; problems go to {@code errors}. */
    static ImportedDevice of(String where, Map<String, Object> raw, List<String> errors) {
        Fields f = new Fields(where, raw, errors);
        for (String name : raw.keySet()) {
            if (!DeviceFields.NAMES.contains(name)) {
                errors.add(where + ", field " + name + ": unknown field; the fields are " + DeviceFields.NAMES);
            }
        }
        String mac = f.text("mac", 17);
        if (mac == null) {
            errors.add(where + ", field mac: required");
        } else {
            mac = mac.replaceAll("[:-]", "").toUpperCase(Locale.ROOT);
            if (!mac.matches("[0-9A-F]{12}")) {
                errors.add(where + ", field mac: must be 12 hex digits (separators allowed), was '" + raw.get("mac") + "'");
            }
        }
        String status = f.text("status", 16);
        if (status != null && !Set.of("ACTIVE", "MOVED").contains(status)) {
            errors.add(where + ", field status: must be ACTIVE or MOVED, was '" + status + "'");
        }
        return new ImportedDevice(where, raw.keySet(), f.text("id", 36), mac, f.text("deviceId", 128), f.text("model", 64),
                f.number("generation", 1, 4), f.text("firmware", 128), f.text("host", 255), f.number("port", 1, 65_535),
                f.text("name", 255), f.text("room", 255), f.list("tags", 64, true), f.text("notes", 10_000), status,
                f.bool("online"), f.bool("authRequired"), f.bool("needsCredentials"), f.list("capabilities", 64, false),
                f.instant("firstSeen"), f.instant("lastSeen"), null);
    }

    /** The same device with the desired configuration its file gives. */
    ImportedDevice withDesired(DesiredOverrides given) {
        return new ImportedDevice(where, present, id, mac, deviceId, model, generation, firmware, host, port, name, room, tags,
                notes, status, online, authRequired, needsCredentials, capabilities, firstSeen, lastSeen, given);
    }

    private record Fields(String where, Map<String, Object> raw, List<String> errors) {

        private void error(String field, String what) {
            errors.add(where + ", field " + field + ": " + what + ", was '" + raw.get(field) + "'");
        }

        String text(String field, int max) {
            Object value = raw.get(field);
            if (value == null || value instanceof String s && s.isEmpty()) {
                return null;
            }
            if (!(value instanceof String s) || s.length() > max) {
                error(field, "must be text of at most " + max + " characters");
                return null;
            }
            return s;
        }

        Integer number(String field, int min, int max) {
            Object value = raw.get(field);
            if (value == null || "".equals(value)) {
                return null;
            }
            try {
                long n = value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value).strip());
                if (n >= min && n <= max) {
                    return (int) n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(field, "must be a whole number from " + min + " to " + max);
            return null;
        }

        Boolean bool(String field) {
            Object value = raw.get(field);
            if (value == null || "".equals(value)) {
                return null;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            if ("true".equalsIgnoreCase(String.valueOf(value)) || "false".equalsIgnoreCase(String.valueOf(value))) {
                return Boolean.parseBoolean(String.valueOf(value));
            }
            error(field, "must be true or false");
            return null;
        }

        List<String> list(String field, int max, boolean sorted) {
            Object value = raw.get(field);
            if (value == null || "".equals(value)) {
                return null;
            }
            List<?> items = value instanceof List<?> list ? list : List.of(String.valueOf(value).split(";"));
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String s) || s.isBlank() || s.length() > max) {
                    error(field, "must be a list of texts of 1 to " + max + " characters");
                    return null;
                }
                out.add(s.strip());
            }
            return sorted ? List.copyOf(new TreeSet<>(out)) : List.copyOf(out);
        }

        Instant instant(String field) {
            String text = text(field, 64);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                error(field, "must be a UTC time such as 2025-06-07T09:00:00Z");
                return null;
            }
        }
    }
}
