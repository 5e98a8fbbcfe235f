package org.shellymanager.device.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small HTTP device for client tests, on loopback only. It serves {@code /shelly}, JSON-RPC on {@code POST /rpc}
 * and Gen1 paths, enforces Basic or digest auth (firmware 2.0 nonce rules), and misbehaves on request.
 */
public final class FakeShellyServer implements AutoCloseable {

    public enum Auth { NONE, BASIC, DIGEST_HEADER, DIGEST_BODY }

    public enum Fault { SLOW, TRUNCATED_CONNECTION, TRUNCATED_JSON, HUGE, MALFORMED }

    private final HttpServer server;
    private final Map<String, Function<JsonNode, JsonNode>> rpc = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> gen1 = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> rpcFrames = new CopyOnWriteArrayList<>();
    /** Requests being handled right now; the window is the handling delay, before the reply is written. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger busyAnswers = new AtomicInteger();
    private volatile JsonNode identity;
    private volatile Auth auth = Auth.NONE;
    private volatile DigestRules digest;
    private volatile String basicUser;
    private volatile String basicPassword;
    private volatile long handlingDelayMillis;

    public FakeShellyServer(JsonNode identity) {
        this.identity = identity;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public DeviceAddress address() {
        return new DeviceAddress("127.0.0.1", server.getAddress().getPort());
    }

    public FakeShellyServer rpc(String method, Function<JsonNode, JsonNode> replyForParams) {
        rpc.put(method.toLowerCase(), replyForParams);
        return this;
    }

    /** A method that answers {@code result} whatever the params. */
    public FakeShellyServer result(String method, JsonNode result) {
        return rpc(method, params -> RpcReplies.result(result));
    }

    public FakeShellyServer gen1(String path, JsonNode reply) {
        gen1.put(path, reply);
        return this;
    }

    public FakeShellyServer fault(String pathOrMethod, Fault fault) {
        faults.put(pathOrMethod.toLowerCase(), fault);
        return this;
    }

    public FakeShellyServer basicAuth(String user, String password) {
        this.auth = Auth.BASIC;
        this.basicUser = user;
        this.basicPassword = password;
        return this;
    }

    public FakeShellyServer digestAuth(Auth form, DigestRules rules) {
        this.auth = form;
        this.digest = rules;
        return this;
    }

    /** The next {@code count} requests that need a new nonce are answered 429. */
    public FakeShellyServer busyFor(int count) {
        busyAnswers.set(count);
        return this;
    }

    public FakeShellyServer delayEachRequest(long millis) {
        this.handlingDelayMillis = millis;
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every JSON-RPC request frame received, in order. */
    public List<JsonNode> rpcFrames() {
        return List.copyOf(rpcFrames);
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String uri = exchange.getRequestURI().toString();
            requests.add(exchange.getRequestMethod() + " " + uri);
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(handlingDelayMillis);
            } finally {
                inFlight.decrementAndGet();
            }
            if (uri.equals("/shelly")) {
                send(exchange, 200, Json.write(identity));
                return;
            }
            if (uri.equals("/rpc") && exchange.getRequestMethod().equals("POST")) {
                handleRpc(exchange);
                return;
            }
            if (auth == Auth.BASIC && !basicOk(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"shelly\"");
                send(exchange, 401, "");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Fault fault = faults.get(path.toLowerCase());
            if (fault != null) {
                misbehave(exchange, fault);
                return;
            }
            JsonNode reply = gen1.get(path);
            send(exchange, reply == null ? 404 : 200, reply == null ? "Not Found" : Json.write(reply));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean basicOk(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (basicUser + ":" + basicPassword).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private void handleRpc(HttpExchange exchange) throws IOException, InterruptedException {
        JsonNode frame = Json.parseOrNull(exchange.getRequestBody().readAllBytes());
        rpcFrames.add(frame);
        String method = frame.path("method").asString("").toLowerCase();
        Fault fault = faults.get(method);
        if (fault != null) {
            misbehave(exchange, fault);
            return;
        }
        if (auth == Auth.DIGEST_HEADER || auth == Auth.DIGEST_BODY) {
            DigestRules.Verdict verdict = auth == Auth.DIGEST_HEADER
                    ? HttpDigestCheck.check(digest, exchange.getRequestHeaders().getFirst("Authorization"))
                    : JsonDigestCheck.check(digest, frame.path("auth"));
            if (verdict != DigestRules.Verdict.OK) {
                if (busyAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    send(exchange, 429, "");
                    return;
                }
                boolean answered = auth == Auth.DIGEST_HEADER
                        ? exchange.getRequestHeaders().containsKey("Authorization") : frame.has("auth");
                challenge(exchange, verdict == DigestRules.Verdict.STALE && answered);
                return;
            }
        }
        Function<JsonNode, JsonNode> handler = rpc.get(method);
        ObjectNode reply = handler == null
                ? (ObjectNode) RpcReplies.error(404, "No handler for " + frame.path("method").asString(""))
                : (ObjectNode) handler.apply(frame.path("params")).deepCopy();
        reply.set("id", frame.get("id"));
        reply.put("src", identity.path("id").asString("shellytest"));
        reply.set("dst", frame.get("src"));
        send(exchange, 200, Json.write(reply));
    }

    private void challenge(HttpExchange exchange, boolean stale) throws IOException {
        String nonce = digest.newNonce();
        if (auth == Auth.DIGEST_HEADER) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Digest qop=\"auth\", realm=\"" + digest.realm()
                    + "\", nonce=\"" + nonce + "\", algorithm=SHA-256" + (stale ? ", stale=true" : ""));
            send(exchange, 401, "");
        } else {
            ObjectNode inner = Json.object();
            inner.put("auth_type", "digest");
            inner.put("nonce", nonce);
            inner.put("nc", "1");
            inner.put("realm", digest.realm());
            inner.put("algorithm", "SHA-256");
            inner.put("stale", stale);
            ObjectNode body = Json.object();
            body.put("code", 401);
            body.put("message", Json.write(inner));
            send(exchange, 401, Json.write(body));
        }
    }

    private void misbehave(HttpExchange exchange, Fault fault) throws IOException, InterruptedException {
        switch (fault) {
            case SLOW -> {
                Thread.sleep(3_000);
                send(exchange, 200, "{}");
            }
            case TRUNCATED_CONNECTION -> {
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write("{\"relays\":[".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                throw new IOException("dropping the connection on purpose");
            }
            case TRUNCATED_JSON -> send(exchange, 200, "{\"id\":1,\"result\":{\"was_on\":tr");
            case HUGE -> {
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    for (int i = 0; i < 200; i++) {
                        out.write(chunk);
                    }
                } catch (IOException clientGaveUp) {
                    // expected: the client stops reading at its cap
                }
            }
            case MALFORMED -> send(exchange, 200, "<html>not json</html>");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
