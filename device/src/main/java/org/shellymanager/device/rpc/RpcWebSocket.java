package org.shellymanager.device.rpc;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceEvent;
import org.shellymanager.device.DeviceEventListener;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.auth.DigestChallenge;
import org.shellymanager.device.auth.DigestSession;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.transport.HttpTransport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A persistent WebSocket to {@code /rpc}: calls go over it, {@code NotifyStatus} changes are merged into the
 * last status, and the listener hears every change. When the socket drops it reconnects with growing back-off
 * (with jitter) and reads the full status again. Close it to stop.
 */
public final class RpcWebSocket implements RpcChannel, AutoCloseable {

    /** Opens a socket for a client; given to the client by {@code ShellyDevices}. */
    @FunctionalInterface
    public interface Factory {
        RpcWebSocket open(DeviceIdentity identity, DeviceEventListener listener);
    }

    private static final int MAX_AUTH_ROUNDS = 4;
    private static final int MAX_BUSY_ROUNDS = 3;

    private final HttpTransport transport;
    private final DeviceAddress address;
    private final DigestSession session;
    private final DeviceEventListener listener;
    private final String src = "shelly-manager-ws-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reconnector = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "shelly-ws-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private volatile WebSocket socket;
    private volatile ObjectNode lastStatus;
    private final List<JsonNode> early = new ArrayList<>();
    private boolean announced;
    private volatile boolean closed;
    private int failedAttempts;

    private RpcWebSocket(HttpTransport transport, DeviceAddress address, DigestSession session, DeviceEventListener listener) {
        this.transport = transport;
        this.address = address;
        this.session = session;
        this.listener = listener;
    }

    /** Connects and reads the full status; a failure of this first connect is thrown, later ones reconnect. */
    public static RpcWebSocket open(HttpTransport transport, DeviceAddress address, DeviceIdentity identity,
                                    DigestSession session, DeviceEventListener listener) {
        RpcWebSocket webSocket = new RpcWebSocket(transport, address, session, listener);
        try {
            webSocket.connect();
        } catch (DeviceException e) {
            webSocket.close();
            throw e;
        }
        return webSocket;
    }

    @Override
    public DeviceAddress address() {
        return address;
    }

    /** The status as last read or merged from notifications. */
    public Optional<DeviceStatus> lastStatus() {
        ObjectNode status = lastStatus;
        return status == null ? Optional.empty() : Optional.of(RpcStatusMapper.map(status));
    }

    public boolean isOpen() {
        WebSocket current = socket;
        return current != null && !current.isOutputClosed() && !current.isInputClosed();
    }

    private void connect() {
        Duration timeout = transport.options().connectTimeout().plus(transport.options().requestTimeout());
        synchronized (this) {
            announced = false;
            early.clear();
        }
        CompletableFuture<WebSocket> opening = transport.clientFor(address).newWebSocketBuilder()
                .connectTimeout(transport.options().connectTimeout())
                .buildAsync(transport.baseUri(address, true).resolve("/rpc"), new FrameListener(this));
        try {
            WebSocket opened = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (this) {
                socket = opened;
            }
        } catch (TimeoutException e) {
            opening.cancel(true);
            throw new DeviceTimeoutException(address, "WebSocket not open within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(address, "interrupted while opening the WebSocket", e);
        } catch (ExecutionException e) {
            throw HttpTransport.translate(address, e.getCause());
        }
        JsonNode status = call("Shelly.GetStatus", null, true).orThrow(address, "Shelly.GetStatus");
        synchronized (this) {
            lastStatus = status.isObject() ? (ObjectNode) status : Json.object();
            failedAttempts = 0;
            listener.onEvent(new DeviceEvent.Connected(RpcStatusMapper.map(lastStatus)));
            announced = true;
            early.forEach(this::notification);
            early.clear();
        }
    }

    @Override
    public RpcResult<JsonNode> call(String method, JsonNode params, boolean idempotent) {
        if (session == null) {
            return exchange(method, params);
        }
        session.lock().lock();
        try {
            return exchange(method, params);
        } finally {
            session.lock().unlock();
        }
    }

    /**
     * One call, answering digest challenges and waiting out 429 (no free nonce slot) as over HTTP: up to three
     * pauses of {@code busyBackoff}, then the 429 is the answer.
     */
    private RpcResult<JsonNode> exchange(String method, JsonNode params) {
        DigestRounds digest = new DigestRounds(address, session);
        int busyRounds = 0;
        for (int round = 0; round < MAX_AUTH_ROUNDS + MAX_BUSY_ROUNDS; round++) {
            long id = ids.incrementAndGet();
            ObjectNode frame = RpcFrames.request(id, src, method, params);
            if (session != null && session.hasChallenge()) {
                frame.set("auth", session.rpcAuth());
            }
            JsonNode reply = send(id, frame);
            int code = reply.path("error").path("code").asInt(0);
            if (code == RpcResult.TOO_MANY_REQUESTS && ++busyRounds <= MAX_BUSY_ROUNDS) {
                HttpTransport.pause(transport.options().busyBackoff(), address);
                continue;
            }
            Optional<DigestChallenge> challenge = code == 401 ? DigestChallenge.parseJson(reply) : Optional.empty();
            if (challenge.isEmpty()) {
                return RpcFrames.result(address, reply);
            }
            digest.answer(challenge.get());
        }
        throw digest.exhausted();
    }

    private JsonNode send(long id, ObjectNode frame) {
        WebSocket current = socket;
        if (current == null || current.isOutputClosed()) {
            throw new DeviceUnreachableException(address, "WebSocket is not connected");
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        Duration timeout = transport.options().requestTimeout();
        try {
            current.sendText(Json.write(frame), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DeviceTimeoutException(address, "no reply over WebSocket within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(address, "interrupted while waiting for a WebSocket reply", e);
        } catch (ExecutionException e) {
            throw HttpTransport.translate(address, e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    void onFrame(String text) {
        JsonNode frame = Json.parseOrNull(text);
        if (frame == null || !frame.isObject()) {
            return;
        }
        Optional<Long> id = RpcFrames.id(frame);
        if (id.isPresent()) {
            CompletableFuture<JsonNode> waiting = pending.get(id.get());
            if (waiting != null) {
                waiting.complete(frame);
            }
            return;
        }
        synchronized (this) {
            if (announced) {
                notification(frame);
            } else {
                early.add(frame);
            }
        }
    }

    /** Applies a notification; those arriving before {@code Connected} was heard wait until after it. */
    private void notification(JsonNode frame) {
        JsonNode params = frame.path("params");
        if (RpcFrames.isNotification(frame, "NotifyStatus") && lastStatus != null) {
            lastStatus = StatusMerger.merge(lastStatus, params);
            listener.onEvent(new DeviceEvent.StatusChanged(RpcStatusMapper.map(lastStatus), params));
        } else if (RpcFrames.isNotification(frame, "NotifyFullStatus")) {
            lastStatus = StatusMerger.merge(Json.object(), params);
            listener.onEvent(new DeviceEvent.StatusChanged(RpcStatusMapper.map(lastStatus), params));
        } else if (RpcFrames.isNotification(frame, "NotifyEvent")) {
            for (JsonNode event : params.path("events")) {
                listener.onEvent(new DeviceEvent.Event(Json.text(event, "component"), Json.text(event, "event"), event));
            }
        }
    }

    /** A socket failed or closed; failures of sockets already replaced are ignored. */
    void onFailure(WebSocket source, DeviceException failure, String reason) {
        synchronized (this) {
            if (source != socket) {
                return;
            }
            socket = null;
        }
        pending.values().forEach(waiting -> waiting.completeExceptionally(failure));
        listener.onEvent(new DeviceEvent.Disconnected(reason, !closed));
        if (!closed) {
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        long base = transport.options().retryBackoff().toMillis() << Math.min(failedAttempts++, 16);
        long wait = Math.min(base, transport.options().reconnectBackoffMax().toMillis());
        wait += ThreadLocalRandom.current().nextLong(wait / 2 + 1);
        try {
            reconnector.schedule(this::reconnect, wait, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: nothing to reconnect
        }
    }

    private void reconnect() {
        if (closed) {
            return;
        }
        try {
            connect();
        } catch (DeviceException e) {
            WebSocket half = socket;
            socket = null;
            if (half != null) {
                half.abort();
            }
            listener.onEvent(new DeviceEvent.Disconnected(e.getClass().getSimpleName(), true));
            scheduleReconnect();
        }
    }

    int maxFrameBytes() {
        return transport.options().maxReplyBytes();
    }

    DeviceAddress deviceAddress() {
        return address;
    }

    @Override
    public void close() {
        closed = true;
        reconnector.shutdownNow();
        WebSocket current = socket;
        if (current != null) {
            current.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(1, TimeUnit.SECONDS)
                    .exceptionally(e -> null);
            current.abort();
        }
        pending.values().forEach(waiting -> waiting.completeExceptionally(
                new DeviceUnreachableException(address, "WebSocket closed")));
    }

}
