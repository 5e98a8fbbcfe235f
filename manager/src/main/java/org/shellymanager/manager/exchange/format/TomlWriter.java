package org.shellymanager.manager.exchange.format;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Writes a TOML document as one dotted key per value ({@code device.name = "..."}), in the order of the maps given:
 * nested maps and JSON objects become dotted keys, an empty one {@code {}}; lists and JSON arrays become inline
 * arrays, objects inside them inline tables. Strings are basic strings, {@linkplain DoubleQuoted escaped} so that
 * any text reads back the same; keys are bare when they are letters, digits, {@code _} and {@code -}, quoted
 * otherwise. TOML has no null: a null value is written as the empty string, as Jackson's TOML writer does.
 */
final class TomlWriter {

    private TomlWriter() {
    }

    /** The document of the map's entries; values are strings, numbers, booleans, lists, maps, JSON nodes or null. */
    static String document(Map<String, ?> root) {
        StringBuilder out = new StringBuilder(512);
        StringBuilder path = new StringBuilder();
        table(out, path, root);
        return out.toString();
    }

    private static void table(StringBuilder out, StringBuilder path, Map<String, ?> table) {
        table.forEach((key, value) -> entry(out, path, key, value));
    }

    private static void entry(StringBuilder out, StringBuilder path, String key, Object value) {
        int length = path.length();
        if (length > 0) {
            path.append('.');
        }
        key(path, key);
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((k, v) -> entry(out, path, (String) k, v));
        } else if (value instanceof JsonNode node && node.isObject() && !node.isEmpty()) {
            node.properties().forEach(property -> entry(out, path, property.getKey(), property.getValue()));
        } else {
            out.append(path).append(" = ");
            value(out, value);
            out.append('\n');
        }
        path.setLength(length);
    }

    private static void value(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("\"\"");
            case String text -> DoubleQuoted.append(out, text);
            case Boolean flag -> out.append(flag.booleanValue());
            case Double number -> decimal(out, number);
            case Float number -> decimal(out, number);
            case BigDecimal number -> decimal(out, number.doubleValue());
            case Number number -> out.append(number);
            case List<?> list -> array(out, list.iterator());
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> inline : map.entrySet()) {
                    key(out.append(separator), (String) inline.getKey()).append(" = ");
                    value(out, inline.getValue());
                    separator = ", ";
                }
                out.append('}');
            }
            case JsonNode node -> node(out, node);
            default -> throw new IllegalArgumentException("TOML cannot hold a " + value.getClass().getName());
        }
    }

    private static void node(StringBuilder out, JsonNode node) {
        switch (node.getNodeType()) {
            case STRING -> DoubleQuoted.append(out, node.stringValue());
            case BOOLEAN -> out.append(node.booleanValue());
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    out.append(node.bigIntegerValue());
                } else {
                    decimal(out, node.doubleValue());
                }
            }
            case ARRAY -> array(out, node.values().iterator());
            case OBJECT -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<String, JsonNode> inline : node.properties()) {
                    key(out.append(separator), inline.getKey()).append(" = ");
                    node(out, inline.getValue());
                    separator = ", ";
                }
                out.append('}');
            }
            case NULL, MISSING -> out.append("\"\"");
            default -> throw new IllegalArgumentException("TOML cannot hold a JSON " + node.getNodeType());
        }
    }

    private static void array(StringBuilder out, Iterator<?> items) {
        out.append('[');
        while (items.hasNext()) {
            value(out, items.next());
            if (items.hasNext()) {
                out.append(", ");
            }
        }
        out.append(']');
    }

    /** A float as TOML writes it: always with a fraction or exponent, {@code inf} and {@code nan} spelled out. */
    private static void decimal(StringBuilder out, double number) {
        if (Double.isNaN(number)) {
            out.append("nan");
        } else if (Double.isInfinite(number)) {
            out.append(number > 0 ? "inf" : "-inf");
        } else {
            out.append(number);
        }
    }

    private static StringBuilder key(StringBuilder out, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return DoubleQuoted.append(out, key);
            }
        }
        return key.isEmpty() ? out.append("\"\"") : out.append(key);
    }
}
