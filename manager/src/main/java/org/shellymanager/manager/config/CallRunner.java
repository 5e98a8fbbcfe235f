package org.shellymanager.manager.config;

import org.shellymanager.device.Gen1Client;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import tools.jackson.databind.JsonNode;

/** Sends a {@link DeviceCall} over the client of its generation. */
final class CallRunner {

    private CallRunner() {
    }

    static RpcResult<JsonNode> send(ShellyClient client, DeviceCall call) {
        return switch (call) {
            case DeviceCall.Gen1(String path, var params) when client instanceof Gen1Client gen1 -> gen1.get(path, params, false);
            case DeviceCall.Rpc(String method, JsonNode params) when client instanceof RpcClient rpc -> rpc.call(method, params);
            default -> throw new IllegalArgumentException(call.describe() + " is not a call for a " + client.identity().generation() + " device");
        };
    }

    static boolean restartRequired(RpcResult<JsonNode> result) {
        return result.find().map(value -> value.path("restart_required").asBoolean(false)).orElse(false);
    }
}
