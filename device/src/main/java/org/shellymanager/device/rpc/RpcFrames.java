package org.shellymanager.device.rpc;

import java.util.Optional;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Building request frames and reading reply frames of JSON-RPC 2.0 as Shelly devices speak it. */
public final class RpcFrames {

    private RpcFrames() {
    }

    public static ObjectNode request(long id, String src, String method, JsonNode params) {
        ObjectNode frame = Json.object();
        frame.put("jsonrpc", "2.0");
        frame.put("id", id);
        frame.put("src", src);
        frame.put("method", method);
        if (params != null && !params.isNull()) {
            frame.set("params", params);
        }
        return frame;
    }

    /** The result or device error of a reply frame; anything else is a malformed reply. */
    public static RpcResult<JsonNode> result(DeviceAddress address, JsonNode frame) {
        if (frame == null || !frame.isObject()) {
            throw new MalformedReplyException(address, "reply is not a JSON-RPC frame");
        }
        JsonNode error = frame.get("error");
        if (error != null && !error.isNull()) {
            JsonNode code = error.path("code");
            if (!code.isIntegralNumber() || !code.canConvertToInt()) {
                throw new MalformedReplyException(address, "error code is not a whole number of 32 bits: " + code);
            }
            return RpcResult.error(code.intValue(), Json.text(error, "message"));
        }
        if (!frame.has("result")) {
            throw new MalformedReplyException(address, "frame has neither result nor error");
        }
        JsonNode result = frame.get("result");
        return RpcResult.ok(result == null ? NullNode.getInstance() : result);
    }

    /** The frame id, if it is a whole number that fits a long (ours always are). */
    public static Optional<Long> id(JsonNode frame) {
        JsonNode id = frame.path("id");
        return id.isIntegralNumber() && id.canConvertToLong() ? Optional.of(id.longValue()) : Optional.empty();
    }

    /** Whether a frame is a notification of this method, compared without regard to case. */
    public static boolean isNotification(JsonNode frame, String method) {
        return !frame.has("id") && frame.path("method").isString() && frame.get("method").stringValue().equalsIgnoreCase(method);
    }
}
