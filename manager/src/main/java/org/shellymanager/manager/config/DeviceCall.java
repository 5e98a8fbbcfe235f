package org.shellymanager.manager.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One request that changes a device's configuration, as a dry run lists it and a sync sends it. */
sealed interface DeviceCall {

    /** Parameter and field names that carry write-only values; shown masked. */
    Set<String> MASKED = Set.of("key", "pass", "mqtt_pass", "password", "ha1");

    /** The call as shown to people, with write-only values masked. */
    String describe();

    /** A Gen1 setter: {@code GET path?params}. */
    record Gen1(String path, Map<String, String> params) implements DeviceCall {

        public Gen1 {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        @Override
        public String describe() {
            return "GET " + path + "?" + params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + (MASKED.contains(e.getKey()) ? "****" : e.getValue()))
                    .collect(Collectors.joining("&"));
        }
    }

    /**
     * A Gen2+ {@code *.Create} call and the calls that then set up what it made; each of those takes the new item's
     * id, which only the device knows.
     */
    record Create(Rpc create, List<Rpc> then) implements DeviceCall {

        public Create {
            then = List.copyOf(then);
        }

        @Override
        public String describe() {
            return create.describe() + then.stream().map(call -> "; then on the new id: " + call.describe())
                    .collect(Collectors.joining());
        }
    }

    /** A Gen2+ method call. */
    record Rpc(String method, JsonNode params) implements DeviceCall {

        @Override
        public String describe() {
            JsonNode shown = params.deepCopy();
            mask(shown);
            return method + " " + shown;
        }

        private static void mask(JsonNode node) {
            if (node instanceof ObjectNode object) {
                for (String name : Set.copyOf(object.propertyNames())) {
                    if (MASKED.contains(name)) {
                        object.put(name, "****");
                    } else {
                        mask(object.get(name));
                    }
                }
            }
        }
    }
}
