package org.shellymanager.simulator.rpc;

import java.util.Map;
import java.util.function.Function;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.userdata.ScriptStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code Script.Create/PutCode/GetCode/Start/Stop/List/Delete}. Each script is also a {@code script:<id>} component
 * ({@code {id, name, enable}} config, {@code {id, running, mem_*}} status), so {@code Script.GetConfig/SetConfig/
 * GetStatus} work like any component's. There is no interpreter: {@code Script.Eval} has no handler.
 */
final class ScriptMethods {

    private static final int DEFAULT_CHUNK = 1024;

    private ScriptMethods() {
    }

    static void register(Map<String, Function<RpcCall, JsonNode>> methods) {
        methods.put("Script.Create", ScriptMethods::create);
        methods.put("Script.PutCode", call -> {
            int id = existing(call);
            JsonNode code = call.params().get("code");
            if (code == null || !code.isString()) {
                throw RpcException.invalid("Missing required 'code'");
            }
            int length = scripts(call).putCode(id, code.asString(), call.params().path("append").asBoolean(false));
            return Yaml.MAPPER.createObjectNode().put("len", length);
        });
        methods.put("Script.GetCode", call -> {
            String code = scripts(call).code(existing(call));
            int offset = Math.clamp(call.params().path("offset").asInt(0), 0, code.length());
            int end = Math.min(code.length(), offset + Math.max(0, call.params().path("len").asInt(DEFAULT_CHUNK)));
            return Yaml.MAPPER.createObjectNode().put("data", code.substring(offset, end)).put("left", code.length() - end);
        });
        methods.put("Script.Start", call -> run(call, true));
        methods.put("Script.Stop", call -> run(call, false));
        methods.put("Script.List", call -> {
            ObjectNode result = Yaml.MAPPER.createObjectNode();
            var list = result.putArray("scripts");
            call.device().config().properties().stream().filter(e -> e.getKey().startsWith("script:")).forEach(e -> {
                ObjectNode entry = (ObjectNode) e.getValue().deepCopy();
                list.add(entry.put("running", scripts(call).running(entry.path("id").asInt())));
            });
            return result;
        });
        methods.put("Script.Delete", call -> {
            int id = existing(call);
            scripts(call).delete(id);
            call.device().config().remove("script:" + id);
            call.device().configChanged(false);
            return NullNode.getInstance();
        });
    }

    /** {@code script:<id>} status as devices report it. */
    static ObjectNode status(VirtualDevice device, int id) {
        ObjectNode status = Yaml.MAPPER.createObjectNode().put("id", id);
        boolean running = device.userData().scripts().running(id);
        status.put("running", running);
        if (running) {
            int used = 600 + device.userData().scripts().code(id).length() / 4;
            status.put("mem_used", used).put("mem_peak", used * 3).put("mem_free", 25_200 - used);
        }
        return status;
    }

    private static JsonNode create(RpcCall call) {
        ScriptStore scripts = scripts(call);
        if (scripts.count() >= ScriptStore.MAX_SCRIPTS) {
            throw new RpcException(-108, "Too many scripts");
        }
        int id = scripts.create();
        ObjectNode config = Yaml.MAPPER.createObjectNode().put("id", id);
        JsonNode name = call.params().get("name");
        config.put("name", name != null && name.isString() ? name.asString() : "script " + id).put("enable", false);
        call.device().config().set("script:" + id, config);
        call.device().configChanged(false);
        return Yaml.MAPPER.createObjectNode().put("id", id);
    }

    private static JsonNode run(RpcCall call, boolean on) {
        int id = existing(call);
        boolean was = scripts(call).run(id, on);
        RpcMethods.changed(call.device(), "script:" + id);
        return Yaml.MAPPER.createObjectNode().put("was_running", was);
    }

    private static int existing(RpcCall call) {
        int id = call.id();
        if (!scripts(call).exists(id)) {
            throw RpcException.notFound("Bad id=" + id);
        }
        return id;
    }

    private static ScriptStore scripts(RpcCall call) {
        return call.device().userData().scripts();
    }
}
