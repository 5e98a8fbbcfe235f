package org.shellymanager.simulator.rpc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shellymanager.simulator.auth.DigestAuth;
import org.shellymanager.simulator.core.DeviceEvent;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.net.WebSocket;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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
    private boolean authenticated;

    RpcSession(VirtualDevice device, RpcHandler handler, WebSocket socket) {
        this.device = device;
        this.handler = handler;
        this.socket = socket;
    }

    void run() throws IOException {
        device.listen(this);
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
            device.unlisten(this);
            socket.close();
        }
    }

    private void handle(ObjectNode frame) throws IOException {
        if (frame.path("src").isString()) {
            clientSrc = frame.path("src").asString();
        }
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
        double ts = device.nowMs() / 1000.0;
        ObjectNode notification = Yaml.MAPPER.createObjectNode().put("src", device.id()).put("dst", dst);
        ObjectNode params = Yaml.MAPPER.createObjectNode().put("ts", ts);
        switch (event) {
            case DeviceEvent.StatusChanged changed -> {
                notification.put("method", "NotifyStatus");
                ObjectNode status = RpcStatus.all(device);
                changed.keys().forEach(key -> params.set(key, status.path(key).deepCopy()));
            }
            case DeviceEvent.ComponentEvent component -> {
                notification.put("method", "NotifyEvent");
                ObjectNode item = Yaml.MAPPER.createObjectNode().put("component", component.component());
                if (component.id() != null) {
                    item.put("id", component.id());
                }
                item.put("event", component.event());
                for (Map.Entry<String, Object> field : component.fields().entrySet()) {
                    item.set(field.getKey(), Yaml.MAPPER.valueToTree(field.getValue()));
                }
                item.put("ts", ts);
                List<JsonNode> events = new ArrayList<>(List.of(item));
                params.putArray("events").addAll(events);
            }
            case DeviceEvent.GoingOffline offline -> { }
        }
        notification.set("params", params);
        try {
            socket.send(notification.toString());
        } catch (IOException e) {
            socket.close();
        }
    }
}
