package org.shellymanager.device.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generators of hostile device replies: JSON trees of any shape whose field names are mostly the ones the parsers
 * look for (so that the generated values land where a parser reads them, with the wrong type, out of range, or
 * nested where a number is expected), and captured replies with one part replaced by such a tree.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Names the Gen1 and Gen2+ status parsers read (from the fixtures), and a few they do not. */
    static final List<String> NAMES = List.of("relays", "rollers", "lights", "inputs", "meters", "emeters", "ison", "power",
            "total", "counters", "is_valid", "overpower", "wifi_sta", "rssi", "connected", "ip", "update", "has_update",
            "new_version", "tmp", "tC", "tF", "hum", "value", "bat", "battery", "uptime", "ram_free", "fs_free", "mac",
            "switch:0", "switch:1", "cover:0", "light:0", "input:0", "em:0", "emdata:0", "pm1:0", "temperature:0",
            "humidity:0", "devicepower:0", "sys", "wifi", "cloud", "mqtt", "ble", "eth", "output", "apower", "voltage",
            "current", "pf", "freq", "aenergy", "ret_aenergy", "by_minute", "minute_ts", "temperature", "rh", "state",
            "current_pos", "target_pos", "brightness", "rgb", "white", "percent", "V", "external", "present",
            "available_updates", "stable", "beta", "version", "a_current", "b_voltage", "c_act_power", "total_act_power",
            "id", "src", "dst", "method", "params", "result", "error", "code", "message", "ts", "auth_type", "nonce",
            "realm", "algorithm", "unknown_field", "", "\u0000", "über");

    private JsonTrees() {
    }

    /** Any JSON value, at most {@code depth} levels deep. */
    static Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308, -1e-308).map(NODES::numberNode),
                Arbitraries.strings().ofMaxLength(40).map(NODES::textNode),
                Arbitraries.of(NAMES).map(NODES::textNode));
        if (depth == 0) {
            return leaves;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaves),
                Tuple.of(2, objects(depth)),
                Tuple.of(1, arrays(depth)));
    }

    /** A JSON object with mostly known field names. */
    static Arbitrary<JsonNode> objects(int depth) {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(12)),
                Arbitraries.lazy(() -> values(depth - 1))).ofMaxSize(8).map(fields -> {
                    ObjectNode object = NODES.objectNode();
                    fields.forEach(object::set);
                    return object;
                });
    }

    private static Arbitrary<JsonNode> arrays(int depth) {
        return Arbitraries.lazy(() -> values(depth - 1)).list().ofMaxSize(5).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
    }

    /** A captured reply with the value at one top-level field (or one level below) replaced by a generated one. */
    static Arbitrary<JsonNode> mutated(List<String> fixtures) {
        return Combinators.combine(Arbitraries.of(fixtures), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000), values(3)).as((fixture, first, second, replacement) -> {
                    ObjectNode reply = (ObjectNode) fixture(fixture);
                    List<String> names = reply.propertyNames().stream().toList();
                    String name = names.get(first % names.size());
                    JsonNode child = reply.get(name);
                    if (child instanceof ObjectNode nested && !nested.isEmpty() && second % 2 == 0) {
                        List<String> inner = nested.propertyNames().stream().toList();
                        nested.set(inner.get(second % inner.size()), replacement);
                    } else {
                        reply.set(name, replacement);
                    }
                    return reply;
                });
    }

    /** A fixture under {@code src/test/resources/fixtures}, parsed. */
    static JsonNode fixture(String path) {
        try (InputStream in = JsonTrees.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
