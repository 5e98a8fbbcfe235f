package org.shellymanager.device.rpc;

import org.shellymanager.device.RpcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code Script.*} methods: scripts running on the device. */
public final class ScriptService {

    private final RpcChannel channel;

    public ScriptService(RpcChannel channel) {
        this.channel = channel;
    }

    /** Creates an empty script; answers its id. */
    public RpcResult<Integer> create(String name) {
        ObjectNode params = RpcCalls.params();
        params.put("name", name);
        return channel.call("Script.Create", params, false).map(result -> result.path("id").asInt(-1));
    }

    /** Stores code; with {@code append} adds to what is there. Answers the stored length. */
    public RpcResult<Integer> putCode(int id, String code, boolean append) {
        ObjectNode params = RpcCalls.id(id);
        params.put("code", code);
        params.put("append", append);
        return channel.call("Script.PutCode", params, false).map(result -> result.path("len").asInt(0));
    }

    /** A slice of the code: {@code {data, left}}. */
    public RpcResult<JsonNode> getCode(int id, int offset, int length) {
        ObjectNode params = RpcCalls.id(id);
        params.put("offset", offset);
        params.put("len", length);
        return channel.call("Script.GetCode", params, true);
    }

    public RpcResult<Boolean> start(int id) {
        return channel.call("Script.Start", RpcCalls.id(id), false).map(r -> r.path("was_running").asBoolean(false));
    }

    public RpcResult<Boolean> stop(int id) {
        return channel.call("Script.Stop", RpcCalls.id(id), false).map(r -> r.path("was_running").asBoolean(false));
    }

    /** {@code {scripts:[{id,name,enable,running}]}}. */
    public RpcResult<JsonNode> list() {
        return channel.call("Script.List", null, true);
    }

    public RpcResult<Void> delete(int id) {
        return RpcCalls.done(channel.call("Script.Delete", RpcCalls.id(id), false));
    }

    public RpcResult<JsonNode> eval(int id, String code) {
        ObjectNode params = RpcCalls.id(id);
        params.put("code", code);
        return channel.call("Script.Eval", params, false);
    }

    public RpcResult<JsonNode> getConfig(int id) {
        return channel.call("Script.GetConfig", RpcCalls.id(id), true);
    }

    public RpcResult<JsonNode> setConfig(int id, JsonNode config) {
        ObjectNode params = RpcCalls.id(id);
        params.set("config", config);
        return channel.call("Script.SetConfig", params, false);
    }
}
