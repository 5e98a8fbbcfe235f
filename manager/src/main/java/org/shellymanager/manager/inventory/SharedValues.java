package org.shellymanager.manager.inventory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each value that many devices have in common (model codes, firmware versions, capability lists),
 * so that the inventory read for poll targets and exports holds a few of them instead of one copy per device.
 * Bounded, because the values come from devices: past {@link #LIMIT} distinct values of a kind, a new value is
 * answered as read and not kept.
 */
final class SharedValues {

    static final int LIMIT = 1024;

    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();

    /** The kept instance equal to {@code value}; null for null. */
    String string(String value) {
        if (value == null) {
            return null;
        }
        String kept = strings.get(value);
        if (kept != null) {
            return kept;
        }
        if (strings.size() < LIMIT) {
            strings.putIfAbsent(value, value);
        }
        return value;
    }

    /** The comma-separated items of {@code value} as an unmodifiable list; empty for an empty string. */
    List<String> commaSeparated(String value) {
        List<String> kept = lists.get(value);
        if (kept != null) {
            return kept;
        }
        List<String> list = value.isEmpty() ? List.of() : List.of(value.split(","));
        if (lists.size() < LIMIT) {
            lists.putIfAbsent(value, list);
        }
        return list;
    }
}
