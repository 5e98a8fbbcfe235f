package org.shellymanager.simulator.rpc;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.shellymanager.simulator.auth.DigestAuth;
import org.shellymanager.simulator.core.DeviceEvent;
import org.shellymanager.simulator.core.Timers;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.net.WebSocket;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * One WebSocket client: frames in, replies (with {@code dst}) out, and notifications once the client has sent a
 * frame with {@code src}. After one successful digest the session stays authenticated, as on devices.
 */
final class RpcSession implements Consumer<DeviceEvent> {

    private final VirtualDevice device;
    private final RpcHandler handler;
    private final WebSocket socket;
    private volatile String clientSrc;
    private volatile boolean closed;
    private boolean authenticated;

    RpcSession(VirtualDevice device, RpcHandler handler, WebSocket socket) {
        this.device = device;
        this.handler = handler;
        this.socket = socket;
    }

    void run() throws IOException {
        device.listen(this);
        scheduleTick();
        try {
            String text;
            while ((text = socket.receive()) != null) {
                ObjectNode frame;
                try {
                    frame = Yaml.MAPPER.readTree(text) instanceof ObjectNode object ? object : null;
                } catch (JacksonException e) {
                    frame = null;
                }
                if (frame != null && frame.path("method").isString()) {
                    handle(frame);
                }
            }
        } finally {
            closed = true;
            device.unlisten(this);
            socket.close();
        }
    }

    /** The periodic {@code NotifyStatus} (energy counters and {@code sys}), as devices send every minute. */
    private void scheduleTick() {
        Timers.after(device.lifecycle().timing().notifyPeriod(), () -> {
            if (!closed) {
                String dst = clientSrc;
                if (dst != null) {
                    send(notification(dst, "NotifyStatus", PeriodicStatus.of(device)));
                }
                scheduleTick();
            }
        });
    }

    private void handle(ObjectNode frame) throws IOException {
        boolean wokeUp = clientSrc == null && frame.path("src").isString() && device.model().battery();
        if (frame.path("src").isString()) {
            clientSrc = frame.path("src").asString();
        }
        handleCall(frame);
        if (wokeUp) {
            send(notification(clientSrc, "NotifyFullStatus", RpcStatus.all(device)));
        }
    }

    private void handleCall(ObjectNode frame) throws IOException {
        String method = frame.path("method").asString();
        if (!authenticated && device.digest().enabled() && !RpcMethods.open(method)) {
            DigestAuth.Outcome outcome = device.digest().checkJson(frame.get("auth"), device.nowMs(),
                    device.wrongCredentials(), device.noncesExhausted());
            switch (outcome) {
                case DigestAuth.Outcome.Granted g -> authenticated = true;
                case DigestAuth.Outcome.Challenge c -> {
                    reply(frame, RpcHandler.error(401, device.digest().challengeMessage(c)), true);
                    return;
                }
                case DigestAuth.Outcome.Exhausted e -> {
                    reply(frame, RpcHandler.error(429, "Too many requests"), true);
                    return;
                }
            }
        }
        ObjectNode outcome = handler.invoke(method, RpcHandler.params(frame.get("params")), "WS_in");
        reply(frame, outcome, outcome.has("error"));
    }

    private void reply(ObjectNode frame, ObjectNode outcome, boolean isError) throws IOException {
        if (frame.has("id")) {
            socket.send(handler.reply(frame, outcome, isError).toString());
        }
    }

    @Override
    public void accept(DeviceEvent event) {
        String dst = clientSrc;
        if (event instanceof DeviceEvent.GoingOffline) {
            socket.close();
            return;
        }
        if (dst == null) {
            return;
        }
        switch (event) {
            case DeviceEvent.StatusChanged changed -> {
                ObjectNode status = RpcStatus.all(device);
                ObjectNode params = Yaml.MAPPER.createObjectNode();
                changed.keys().forEach(key -> params.set(key, status.path(key).deepCopy()));
                send(notification(dst, "NotifyStatus", params));
            }
            case DeviceEvent.ComponentEvent component -> {
                ObjectNode item = Yaml.MAPPER.createObjectNode().put("component", component.component());
                if (component.id() != null) {
                    item.put("id", component.id());
                }
                item.put("event", component.event());
                for (Map.Entry<String, Object> field : component.fields().entrySet()) {
                    item.set(field.getKey(), Yaml.MAPPER.valueToTree(field.getValue()));
                }
                item.put("ts", device.nowMs() / 1000.0);
                ObjectNode params = Yaml.MAPPER.createObjectNode();
                params.putArray("events").add(item);
                send(notification(dst, "NotifyEvent", params));
            }
            case DeviceEvent.GoingOffline offline -> { }
        }
    }

    private ObjectNode notification(String dst, String method, ObjectNode body) {
        ObjectNode params = Yaml.MAPPER.createObjectNode().put("ts", device.nowMs() / 1000.0);
        params.setAll(body);
        ObjectNode notification = Yaml.MAPPER.createObjectNode().put("src", device.id()).put("dst", dst)
                .put("method", method);
        notification.set("params", params);
        return notification;
    }

    private void send(ObjectNode notification) {
        try {
            socket.send(notification.toString());
        } catch (IOException e) {
            socket.close();
        }
    }
}
