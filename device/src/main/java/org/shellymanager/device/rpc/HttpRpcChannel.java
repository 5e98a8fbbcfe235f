package org.shellymanager.device.rpc;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.auth.DigestChallenge;
import org.shellymanager.device.auth.DigestSession;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.transport.HttpCall;
import org.shellymanager.device.transport.HttpReply;
import org.shellymanager.device.transport.HttpTransport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC over {@code POST /rpc}, one frame per request. Answers digest challenges in the form they come in
 * (header or JSON), retries a stale nonce without calling it a wrong password, and waits when the device
 * answers 429. With credentials, calls to the device are made one at a time.
 */
public final class HttpRpcChannel implements RpcChannel {

    private static final int MAX_AUTH_ROUNDS = 4;
    private static final int MAX_BUSY_ROUNDS = 3;
    private static final AtomicLong IDS = new AtomicLong();

    private final HttpTransport transport;
    private final DeviceAddress address;
    private final DeviceIdentity identity;
    private final DigestSession session;
    private final String src;

    /** {@code session} is null when no credentials were given. */
    public HttpRpcChannel(HttpTransport transport, DeviceAddress address, DeviceIdentity identity, DigestSession session) {
        this.transport = transport;
        this.address = address;
        this.identity = identity;
        this.session = session;
        this.src = "shelly-manager-" + Long.toHexString(System.identityHashCode(this));
    }

    @Override
    public DeviceAddress address() {
        return address;
    }

    @Override
    public RpcResult<JsonNode> call(String method, JsonNode params, boolean idempotent) {
        if (session == null) {
            return exchange(method, params, idempotent);
        }
        session.lock().lock();
        try {
            return exchange(method, params, idempotent);
        } finally {
            session.lock().unlock();
        }
    }

    private RpcResult<JsonNode> exchange(String method, JsonNode params, boolean idempotent) {
        DigestRounds digest = new DigestRounds(address, session);
        int busyRounds = 0;
        for (int round = 0; round < MAX_AUTH_ROUNDS + MAX_BUSY_ROUNDS; round++) {
            ObjectNode frame = RpcFrames.request(IDS.incrementAndGet(), src, method, params);
            String authorization = null;
            if (session != null && session.hasChallenge()) {
                if (session.answersJson()) {
                    frame.set("auth", session.rpcAuth());
                } else {
                    authorization = session.authorizationHeader("POST", "/rpc");
                }
            }
            HttpCall call = HttpCall.postJson("/rpc", Json.write(frame).getBytes(StandardCharsets.UTF_8), idempotent);
            if (authorization != null) {
                call = call.withHeader("Authorization", authorization);
            }
            HttpReply reply = transport.send(address, identity.generation(), call);
            if (reply.status() == 429) {
                if (++busyRounds > MAX_BUSY_ROUNDS) {
                    return RpcResult.error(RpcResult.TOO_MANY_REQUESTS, "device busy: no free nonce slot");
                }
                HttpTransport.pause(transport.options().busyBackoff(), address);
                continue;
            }
            JsonNode body = reply.body().length == 0 ? null : Json.parseOrNull(reply.body());
            Optional<DigestChallenge> challenge = challengeIn(reply, body);
            if (challenge.isEmpty()) {
                if (!reply.isSuccess() && (body == null || !body.isObject())) {
                    throw new MalformedReplyException(address, "HTTP " + reply.status() + " without a JSON-RPC frame");
                }
                if (body == null) {
                    throw new MalformedReplyException(address, "reply is not JSON");
                }
                return RpcFrames.result(address, body);
            }
            digest.answer(challenge.get());
        }
        throw digest.exhausted();
    }

    private Optional<DigestChallenge> challengeIn(HttpReply reply, JsonNode body) {
        if (reply.status() == 401) {
            Optional<DigestChallenge> fromHeader = reply.findHeader("WWW-Authenticate").flatMap(DigestChallenge::parseHeader);
            if (fromHeader.isPresent()) {
                return fromHeader;
            }
            return Optional.of(DigestChallenge.parseJson(body).orElseThrow(
                    () -> new MalformedReplyException(address, "401 without a readable digest challenge")));
        }
        if (body != null && body.path("error").path("code").asInt(0) == 401) {
            return DigestChallenge.parseJson(body);
        }
        return Optional.empty();
    }
}
