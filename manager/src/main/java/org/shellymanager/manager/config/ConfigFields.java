package org.shellymanager.manager.config;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * A configuration as a sorted map of field paths to leaf values: {@code switch:0.auto_off_delay},
 * {@code relays.1.default_state}, {@code wifi_sta.ssid}. Arrays of objects are indexed by position; arrays of
 * plain values are one field. The unit of every diff, drift and sync.
 */
record ConfigFields(SortedMap<String, JsonNode> values) {

    ConfigFields {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    static ConfigFields of(Map<String, JsonNode> sections) {
        SortedMap<String, JsonNode> out = new TreeMap<>();
        sections.forEach((key, node) -> flatten(key, node, out));
        return new ConfigFields(out);
    }

    static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray() && !node.isEmpty() && node.get(0).isObject()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), out);
            }
        } else {
            out.put(prefix, node);
        }
    }

    boolean has(String path) {
        return values.containsKey(path);
    }

    JsonNode get(String path) {
        return values.get(path);
    }

    /** Whether two leaf values mean the same: numbers compare by value ({@code 120} equals {@code 120.0}). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
