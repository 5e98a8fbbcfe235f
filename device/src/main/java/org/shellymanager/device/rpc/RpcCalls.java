package org.shellymanager.device.rpc;

import org.shellymanager.device.RpcResult;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Shared helpers for the typed call groups: building params and dropping results nobody needs. */
final class RpcCalls {

    private RpcCalls() {
    }

    static ObjectNode params() {
        return Json.object();
    }

    static ObjectNode id(int id) {
        ObjectNode params = Json.object();
        params.put("id", id);
        return params;
    }

    static RpcResult<Void> done(RpcResult<JsonNode> result) {
        return result.map(ignored -> null);
    }
}
