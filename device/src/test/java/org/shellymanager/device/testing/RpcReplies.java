package org.shellymanager.device.testing;

import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reply frame bodies for the test servers (id, src and dst are added by the server). */
public final class RpcReplies {

    private RpcReplies() {
    }

    public static JsonNode result(JsonNode result) {
        ObjectNode reply = Json.object();
        reply.set("result", result);
        return reply;
    }

    public static JsonNode error(int code, String message) {
        ObjectNode reply = Json.object();
        reply.putObject("error").put("code", code).put("message", message);
        return reply;
    }
}
