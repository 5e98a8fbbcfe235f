package org.shellymanager.device.rpc;

import org.shellymanager.device.RpcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code KVS.*} methods: the device's small key-value store. */
public final class KvsService {

    private final RpcChannel channel;

    public KvsService(RpcChannel channel) {
        this.channel = channel;
    }

    /** Answers {@code {etag, rev}}. */
    public RpcResult<JsonNode> set(String key, JsonNode value) {
        ObjectNode params = RpcCalls.params();
        params.put("key", key);
        params.set("value", value);
        return channel.call("KVS.Set", params, false);
    }

    /** Answers {@code {etag, value}}; an absent key is device error -105. */
    public RpcResult<JsonNode> get(String key) {
        ObjectNode params = RpcCalls.params();
        params.put("key", key);
        return channel.call("KVS.Get", params, true);
    }

    /** Answers {@code {items}}; {@code match} may use {@code *} wildcards, null for all. */
    public RpcResult<JsonNode> getMany(String matchOrNull) {
        ObjectNode params = RpcCalls.params();
        if (matchOrNull != null) {
            params.put("match", matchOrNull);
        }
        return channel.call("KVS.GetMany", params, true);
    }

    /** Answers {@code {keys, rev}}. */
    public RpcResult<JsonNode> list() {
        return channel.call("KVS.List", null, true);
    }

    public RpcResult<JsonNode> delete(String key) {
        ObjectNode params = RpcCalls.params();
        params.put("key", key);
        return channel.call("KVS.Delete", params, false);
    }
}
