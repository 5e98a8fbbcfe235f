package org.shellymanager.manager.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shellymanager.device.DeviceRejectedException;
import org.shellymanager.device.Gen1Client;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a device's whole configuration as snapshot sections. Gen2+ extras (script code, which scripts run,
 * schedules, webhooks, KVS) are read where the device offers them; a device without one answers "no handler" or "unavailable" and
 * that section is simply absent.
 */
final class ConfigReader {

    private static final Set<Integer> ABSENT = Set.of(RpcResult.NO_HANDLER, RpcResult.UNAVAILABLE, RpcResult.NOT_FOUND);
    /** The section with which scripts are running, {@code {"<id>": true}}, from {@code Script.List}. */
    static final String SCRIPT_RUNNING = "script-running";
    private static final int CODE_CHUNK = 2048;

    private ConfigReader() {
    }

    static Map<String, JsonNode> read(ShellyClient client) {
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        switch (client) {
            case Gen1Client gen1 -> gen1.settings().properties().forEach(e -> sections.put(e.getKey(), e.getValue()));
            case RpcClient rpc -> {
                JsonNode config = rpc.shelly().getConfig().orThrow(rpc.address(), "Shelly.GetConfig");
                config.properties().forEach(e -> sections.put(e.getKey(), e.getValue()));
                for (String key : Set.copyOf(sections.keySet())) {
                    if (key.startsWith("script:")) {
                        int id = Integer.parseInt(key.substring("script:".length()));
                        optional(rpc, "Script.GetCode", readCode(rpc, id)).ifPresent(code -> sections.put("script-code:" + id, code));
                    }
                }
                optional(rpc, "Script.List", rpc.scripts().list()).ifPresent(list -> sections.put(SCRIPT_RUNNING, running(list)));
                optional(rpc, "Schedule.List", rpc.schedules().list()).ifPresent(list -> sections.put("schedules", list.path("jobs")));
                optional(rpc, "Webhook.List", rpc.webhooks().list()).ifPresent(list -> sections.put("webhooks", list.path("hooks")));
                optional(rpc, "KVS.GetMany", rpc.kvs().getMany(null)).ifPresent(list -> sections.put("kvs", kvsItems(list.path("items"))));
            }
        }
        return sections;
    }

    private static RpcResult<JsonNode> readCode(RpcClient rpc, int id) {
        StringBuilder code = new StringBuilder();
        while (true) {
            RpcResult<JsonNode> slice = rpc.scripts().getCode(id, code.length(), CODE_CHUNK);
            if (!(slice instanceof RpcResult.Ok<JsonNode>(JsonNode value))) {
                return slice;
            }
            code.append(value.path("data").asString(""));
            if (value.path("left").asInt(0) <= 0 || value.path("data").asString("").isEmpty()) {
                return RpcResult.ok(JsonNodeFactory.instance.stringNode(code.toString()));
            }
        }
    }

    private static JsonNode running(JsonNode list) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        list.path("scripts").forEach(script -> out.put(script.path("id").asString(), script.path("running").asBoolean(false)));
        return out;
    }

    /** KVS items as {@code {key: value}}: newer firmware answers an array of {@code {key, etag, value}}. */
    private static JsonNode kvsItems(JsonNode items) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (items.isArray()) {
            items.forEach(item -> out.set(item.path("key").asString(), item.path("value")));
        } else {
            items.properties().forEach(e -> out.set(e.getKey(), e.getValue().has("value") ? e.getValue().get("value") : e.getValue()));
        }
        return out;
    }

    private static Optional<JsonNode> optional(RpcClient rpc, String call, RpcResult<JsonNode> result) {
        return switch (result) {
            case RpcResult.Ok<JsonNode>(JsonNode value) -> Optional.ofNullable(value);
            case RpcResult.DeviceError<JsonNode>(int code, String message) when ABSENT.contains(code) -> Optional.empty();
            case RpcResult.DeviceError<JsonNode>(int code, String message) ->
                    throw new DeviceRejectedException(rpc.address(), call, new RpcResult.DeviceError<>(code, message));
        };
    }
}
