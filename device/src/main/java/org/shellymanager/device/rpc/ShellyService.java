package org.shellymanager.device.rpc;

import java.util.ArrayList;
import java.util.List;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.auth.Digest;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code Shelly.*} methods. */
public final class ShellyService {

    private final RpcChannel channel;

    public ShellyService(RpcChannel channel) {
        this.channel = channel;
    }

    public RpcResult<JsonNode> getDeviceInfo() {
        return channel.call("Shelly.GetDeviceInfo", null, true);
    }

    public RpcResult<JsonNode> getStatus() {
        return channel.call("Shelly.GetStatus", null, true);
    }

    public RpcResult<JsonNode> getConfig() {
        return channel.call("Shelly.GetConfig", null, true);
    }

    /**
     * All components with status and config, fetching every page ({@code offset} follows until {@code total}).
     * The answer has the shape of one page holding everything.
     */
    public RpcResult<JsonNode> getComponents(boolean dynamicOnly) {
        ArrayNode all = Json.MAPPER.createArrayNode();
        JsonNode last = null;
        int offset = 0;
        while (true) {
            ObjectNode params = RpcCalls.params();
            params.put("offset", offset);
            params.put("dynamic_only", dynamicOnly);
            params.putArray("include").add("status").add("config");
            RpcResult<JsonNode> page = channel.call("Shelly.GetComponents", params, true);
            if (!(page instanceof RpcResult.Ok<JsonNode>(JsonNode value))) {
                return page;
            }
            last = value;
            value.path("components").forEach(all::add);
            int total = value.path("total").asInt(0);
            if (value.path("components").isEmpty() || all.size() >= total) {
                break;
            }
            offset = all.size();
        }
        ObjectNode merged = Json.object();
        merged.set("components", all);
        merged.set("cfg_rev", last.path("cfg_rev"));
        merged.put("offset", 0);
        merged.put("total", all.size());
        return RpcResult.ok(merged);
    }

    public RpcResult<List<String>> listMethods() {
        return channel.call("Shelly.ListMethods", null, true).map(result -> {
            List<String> names = new ArrayList<>();
            result.path("methods").forEach(m -> names.add(m.asString()));
            return List.copyOf(names);
        });
    }

    public RpcResult<JsonNode> checkForUpdate() {
        return channel.call("Shelly.CheckForUpdate", null, true);
    }

    /** {@code stage} is {@code stable} or {@code beta}; or give a firmware {@code url} (then stage is null). */
    public RpcResult<Void> update(String stageOrNull, String urlOrNull) {
        ObjectNode params = RpcCalls.params();
        if (stageOrNull != null) {
            params.put("stage", stageOrNull);
        }
        if (urlOrNull != null) {
            params.put("url", urlOrNull);
        }
        return RpcCalls.done(channel.call("Shelly.Update", params, false));
    }

    public RpcResult<Void> reboot() {
        return RpcCalls.done(channel.call("Shelly.Reboot", null, false));
    }

    public RpcResult<Void> factoryReset() {
        return RpcCalls.done(channel.call("Shelly.FactoryReset", null, false));
    }

    /** Turns digest auth on for user {@code admin} with this password, or off with null. */
    public RpcResult<Void> setAuth(String realm, String passwordOrNull) {
        ObjectNode params = RpcCalls.params();
        params.put("user", "admin");
        params.put("realm", realm);
        if (passwordOrNull == null) {
            params.set("ha1", NullNode.getInstance());
        } else {
            params.put("ha1", Digest.ha1("admin", realm, passwordOrNull));
        }
        return RpcCalls.done(channel.call("Shelly.SetAuth", params, false));
    }

    /** The profile names a multi-profile device offers. */
    public RpcResult<List<String>> listProfiles() {
        return channel.call("Shelly.ListProfiles", null, true)
                .map(result -> List.copyOf(result.path("profiles").propertyNames()));
    }

    public RpcResult<Void> setProfile(String name) {
        ObjectNode params = RpcCalls.params();
        params.put("name", name);
        return RpcCalls.done(channel.call("Shelly.SetProfile", params, false));
    }
}
