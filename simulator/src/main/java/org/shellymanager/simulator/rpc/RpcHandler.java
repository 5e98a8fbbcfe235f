package org.shellymanager.simulator.rpc;

import java.io.IOException;
import java.util.Map;
import org.shellymanager.simulator.auth.DigestAuth;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.net.HttpRequest;
import org.shellymanager.simulator.net.HttpResponse;
import org.shellymanager.simulator.net.RequestHandler;
import org.shellymanager.simulator.net.WebSocket;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gen2+ JSON-RPC over HTTP: {@code POST /rpc} (whole frame, errors inside, always 200), {@code POST /rpc/<Method>}
 * and {@code GET /rpc/<Method>?query} (bare result; errors as non-2xx bare {@code {code,message}}), and the
 * WebSocket {@code /rpc}. {@code /shelly} and {@code Shelly.GetDeviceInfo} stay open when auth is on.
 */
public final class RpcHandler implements RequestHandler {

    private final VirtualDevice device;

    public RpcHandler(VirtualDevice device) {
        this.device = device;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String path = request.path();
        if (path.equals("/shelly")) {
            return json(200, DeviceInfo.of(device));
        }
        if (path.equals("/rpc") && request.method().equals("POST")) {
            return frame(request);
        }
        if (path.startsWith("/rpc/") && path.length() > 5) {
            return method(request, path.substring(5));
        }
        return HttpResponse.text(404, "Not Found");
    }

    private HttpResponse frame(HttpRequest request) {
        ObjectNode frame;
        try {
            frame = Yaml.MAPPER.readTree(request.bodyText()) instanceof ObjectNode object ? object : null;
        } catch (JacksonException e) {
            frame = null;
        }
        if (frame == null || !frame.path("method").isString()) {
            return json(400, error(-103, "Bad request frame"));
        }
        return authorizedFrame(request, frame);
    }

    private HttpResponse authorizedFrame(HttpRequest request, ObjectNode frame) {
        String method = frame.path("method").asString();
        if (!RpcMethods.open(method) && device.digest().enabled()) {
            DigestAuth.Outcome outcome = frame.has("auth")
                    ? device.digest().checkJson(frame.get("auth"), device.nowMs(), device.wrongCredentials(),
                            device.noncesExhausted())
                    : device.digest().checkHeader(request, device.nowMs(), device.wrongCredentials(),
                            device.noncesExhausted());
            switch (outcome) {
                case DigestAuth.Outcome.Exhausted e -> {
                    return HttpResponse.empty(429);
                }
                case DigestAuth.Outcome.Challenge c when !frame.has("auth") -> {
                    return device.digest().unauthorized(c);
                }
                case DigestAuth.Outcome.Challenge c -> {
                    return json(200, reply(frame, error(401, device.digest().challengeMessage(c)), true));
                }
                case DigestAuth.Outcome.Granted g -> { }
            }
        }
        if (!frame.has("id")) {
            invoke(method, params(frame.get("params")), "http");
            return HttpResponse.empty(200);
        }
        return json(200, reply(frame, invoke(method, params(frame.get("params")), "http"), false));
    }

    private HttpResponse method(HttpRequest request, String method) {
        if (!RpcMethods.open(method) && device.digest().enabled()) {
            DigestAuth.Outcome outcome = device.digest().checkHeader(request, device.nowMs(),
                    device.wrongCredentials(), device.noncesExhausted());
            switch (outcome) {
                case DigestAuth.Outcome.Exhausted e -> {
                    return HttpResponse.empty(429);
                }
                case DigestAuth.Outcome.Challenge c -> {
                    return device.digest().unauthorized(c);
                }
                case DigestAuth.Outcome.Granted g -> { }
            }
        }
        ObjectNode params;
        try {
            params = request.method().equals("POST") && request.body().length > 0
                    ? params(Yaml.MAPPER.readTree(request.bodyText()))
                    : QueryParams.parse(request.params());
        } catch (JacksonException e) {
            return json(400, error(-103, "Invalid JSON body"));
        }
        ObjectNode outcome = invoke(method, params, "http");
        if (outcome.has("error")) {
            JsonNode error = outcome.get("error");
            int code = error.path("code").asInt();
            int status = code == 404 ? 404 : code == -103 ? 400 : 500;
            return json(status, error);
        }
        return HttpResponse.json(200, outcome.get("result").toString());
    }

    /** {@code {"result": ...}} or {@code {"error": {...}}}. */
    ObjectNode invoke(String method, ObjectNode params, String source) {
        ObjectNode outcome = Yaml.MAPPER.createObjectNode();
        try {
            JsonNode result;
            synchronized (device) {
                result = RpcMethods.call(method, new RpcCall(device, params, source));
            }
            outcome.set("result", result);
        } catch (RpcException e) {
            outcome.set("error", error(e.code(), e.getMessage()).get("error"));
        }
        return outcome;
    }

    ObjectNode reply(ObjectNode frame, ObjectNode outcome, boolean isError) {
        ObjectNode reply = Yaml.MAPPER.createObjectNode();
        reply.set("id", frame.get("id"));
        reply.put("src", device.id());
        if (frame.has("src")) {
            reply.set("dst", frame.get("src"));
        }
        if (isError) {
            reply.set("error", outcome.get("error"));
        } else {
            reply.setAll(outcome);
        }
        return reply;
    }

    static ObjectNode error(int code, String message) {
        ObjectNode wrapper = Yaml.MAPPER.createObjectNode();
        wrapper.putObject("error").put("code", code).put("message", message);
        return wrapper;
    }

    static ObjectNode params(JsonNode node) {
        return node instanceof ObjectNode object ? object.deepCopy() : Yaml.MAPPER.createObjectNode();
    }

    private static HttpResponse json(int status, JsonNode body) {
        JsonNode payload = status != 200 && body.has("error") ? body.get("error") : body;
        return HttpResponse.json(status, payload.toString());
    }

    @Override
    public boolean acceptsWebSocket(HttpRequest request) {
        return request.path().equals("/rpc");
    }

    @Override
    public void serveWebSocket(WebSocket socket) throws IOException {
        new RpcSession(device, this, socket).run();
    }

}
