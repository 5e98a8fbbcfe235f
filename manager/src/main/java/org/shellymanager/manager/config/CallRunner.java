package org.shellymanager.manager.config;

import java.util.List;

import org.shellymanager.device.Gen1Client;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Sends a {@link DeviceCall} over the client of its generation. */
final class CallRunner {

    private CallRunner() {
    }

    static RpcResult<JsonNode> send(ShellyClient client, DeviceCall call) {
        return switch (call) {
            case DeviceCall.Gen1(String path, var params) when client instanceof Gen1Client gen1 -> gen1.get(path, params, false);
            case DeviceCall.Rpc(String method, JsonNode params) when client instanceof RpcClient rpc -> rpc.call(method, params);
            case DeviceCall.Create(DeviceCall.Rpc create, var then) when client instanceof RpcClient rpc -> created(rpc, create, then);
            default -> throw new IllegalArgumentException(call.describe() + " is not a call for a " + client.identity().generation() + " device");
        };
    }

    /** Sends the create call, then each follow-up with the new id; answers the first refusal, else the create's reply. */
    private static RpcResult<JsonNode> created(RpcClient rpc, DeviceCall.Rpc create, List<DeviceCall.Rpc> then) {
        RpcResult<JsonNode> made = rpc.call(create.method(), create.params());
        if (!(made instanceof RpcResult.Ok<JsonNode>(JsonNode value))) {
            return made;
        }
        for (DeviceCall.Rpc call : then) {
            ObjectNode params = JsonNodeFactory.instance.objectNode().put("id", value.path("id").asInt());
            params.setAll((ObjectNode) call.params());
            RpcResult<JsonNode> result = rpc.call(call.method(), params);
            if (result instanceof RpcResult.DeviceError<JsonNode>) {
                return result;
            }
        }
        return made;
    }

    static boolean restartRequired(RpcResult<JsonNode> result) {
        return result.find().map(value -> value.path("restart_required").asBoolean(false)).orElse(false);
    }
}
