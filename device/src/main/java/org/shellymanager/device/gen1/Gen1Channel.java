package org.shellymanager.device.gen1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.Generation;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.auth.BasicAuth;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.transport.HttpCall;
import org.shellymanager.device.transport.HttpReply;
import org.shellymanager.device.transport.HttpTransport;
import tools.jackson.databind.JsonNode;

/**
 * Gen1 REST: {@code GET path?params} with HTTP Basic auth. A 4xx other than 401 is the device refusing the
 * request (a value, with the HTTP status as its code); a 401 is an exception.
 */
public final class Gen1Channel {

    private final HttpTransport transport;
    private final DeviceAddress address;
    private final Credentials credentials;

    public Gen1Channel(HttpTransport transport, DeviceAddress address, Credentials credentials) {
        this.transport = transport;
        this.address = address;
        this.credentials = credentials;
    }

    public DeviceAddress address() {
        return address;
    }

    /** Sends {@code GET path} with the parameters in order; {@code read} marks a request that may be repeated. */
    public RpcResult<JsonNode> get(String path, Map<String, ?> params, boolean read) {
        HttpCall call = HttpCall.get(path + query(params), read);
        if (credentials != null) {
            call = call.withHeader("Authorization", BasicAuth.header(credentials));
        }
        HttpReply reply = transport.send(address, Generation.GEN1, call);
        if (reply.status() == 401) {
            throw new DeviceUnauthorizedException(address, credentials == null
                    ? "the device requires a login and none was given" : "the device refused the login");
        }
        if (!reply.isSuccess()) {
            return RpcResult.error(reply.status(), reply.bodyText().strip());
        }
        JsonNode body = Json.parseOrNull(reply.body());
        if (body == null) {
            throw new MalformedReplyException(address, "reply to " + path + " is not JSON");
        }
        return RpcResult.ok(body);
    }

    static String query(Map<String, ?> params) {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
