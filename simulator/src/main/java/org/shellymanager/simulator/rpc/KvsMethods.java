package org.shellymanager.simulator.rpc;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.userdata.KeyValueStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code KVS.Set/Get/GetMany/List/Delete} with etags and the store revision ({@code sys.kvs_rev}); limits as
 * documented: keys up to 42 characters, values up to 253 characters of JSON, 50 keys.
 */
final class KvsMethods {

    private KvsMethods() {
    }

    static void register(Map<String, Function<RpcCall, JsonNode>> methods) {
        methods.put("KVS.Set", KvsMethods::set);
        methods.put("KVS.Get", call -> {
            KeyValueStore.Entry entry = existing(call, key(call));
            ObjectNode result = Yaml.MAPPER.createObjectNode().put("etag", entry.etag());
            return result.set("value", entry.value().deepCopy());
        });
        methods.put("KVS.GetMany", call -> {
            Pattern match = match(call);
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            ArrayNode items = result.putArray("items");
            kvs(call).all().entrySet().stream().filter(e -> match.matcher(e.getKey()).matches())
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> items.addObject().put("key", e.getKey())
                            .put("etag", e.getValue().etag()).set("value", e.getValue().value().deepCopy()));
            return result.put("offset", 0).put("total", items.size());
        });
        methods.put("KVS.List", call -> {
            Pattern match = match(call);
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            ObjectNode keys = result.putObject("keys");
            kvs(call).all().entrySet().stream().filter(e -> match.matcher(e.getKey()).matches())
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> keys.putObject(e.getKey()).put("etag", e.getValue().etag()));
            return result.put("rev", kvs(call).rev());
        });
        methods.put("KVS.Delete", call -> {
            String key = key(call);
            KeyValueStore.Entry entry = existing(call, key);
            checkEtag(call, entry);
            kvs(call).remove(key);
            return Yaml.MAPPER.createObjectNode().put("rev", kvs(call).rev());
        });
    }

    private static JsonNode set(RpcCall call) {
        String key = key(call);
        JsonNode value = call.params().get("value");
        if (value == null) {
            throw RpcException.invalid("Missing required 'value'");
        }
        if (value.toString().length() > KeyValueStore.MAX_VALUE_LENGTH) {
            throw RpcException.invalid("Value too long");
        }
        KeyValueStore kvs = kvs(call);
        var existing = kvs.find(key);
        if (call.params().has("etag")) {
            checkEtag(call, existing.orElseThrow(() -> RpcException.notFound("No such key: " + key)));
        }
        if (existing.isEmpty() && kvs.size() >= KeyValueStore.MAX_KEYS) {
            throw new RpcException(-108, "Maximum number of keys reached: " + KeyValueStore.MAX_KEYS);
        }
        KeyValueStore.Entry entry = kvs.put(key, value);
        return Yaml.MAPPER.createObjectNode().put("etag", entry.etag()).put("rev", kvs.rev());
    }

    private static void checkEtag(RpcCall call, KeyValueStore.Entry entry) {
        JsonNode etag = call.params().get("etag");
        if (etag != null && !etag.asString("").equals(entry.etag())) {
            throw new RpcException(-109, "Etag mismatch");
        }
    }

    private static String key(RpcCall call) {
        JsonNode key = call.params().get("key");
        if (key == null || !key.isString() || key.asString().isEmpty()) {
            throw RpcException.invalid("Missing required 'key'");
        }
        if (key.asString().length() > KeyValueStore.MAX_KEY_LENGTH) {
            throw RpcException.invalid("Key too long");
        }
        return key.asString();
    }

    private static KeyValueStore.Entry existing(RpcCall call, String key) {
        return kvs(call).find(key).orElseThrow(() -> RpcException.notFound("No such key: " + key));
    }

    /** {@code match} with {@code *} wildcards; everything when absent. */
    private static Pattern match(RpcCall call) {
        String match = call.params().path("match").asString("*");
        StringBuilder regex = new StringBuilder();
        for (String part : match.split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return Pattern.compile(regex.toString());
    }

    private static KeyValueStore kvs(RpcCall call) {
        return call.device().userData().kvs();
    }
}
