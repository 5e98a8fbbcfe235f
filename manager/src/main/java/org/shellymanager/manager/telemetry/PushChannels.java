package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.shellymanager.device.DeviceEvent;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.rpc.RpcWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With {@code push.enabled}, keeps one WebSocket open to every online Gen2+ device: its notifications (merged into
 * the full status by the device library) are recorded like poll answers, and while the socket is open the device is
 * polled only every {@code push.poll-interval}. When the socket drops, normal polling resumes at once; the library
 * reconnects with back-off. This is the manager connecting to the device's own {@code /rpc} WebSocket: the device's
 * outbound WebSocket setting is never read or changed.
 */
@Component
class PushChannels implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushChannels.class);

    private final PollTargets targets;
    private final DevicePoller poller;
    private final StatusRecorder recorder;
    private final TelemetryProperties properties;
    private final Clock clock;
    private final Map<String, RpcWebSocket> sockets = new ConcurrentHashMap<>();
    private volatile boolean running;

    PushChannels(PollTargets targets, DevicePoller poller, StatusRecorder recorder, TelemetryProperties properties,
                 Clock clock) {
        this.targets = targets;
        this.poller = poller;
        this.recorder = recorder;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens sockets to online Gen2+ devices that have none, and closes those of devices no longer watched. */
    @Scheduled(fixedDelay = 5_000)
    void reconcile() {
        if (!running) {
            return;
        }
        sockets.keySet().removeIf(id -> {
            if (targets.find(id).isEmpty()) {
                sockets.get(id).close();
                return true;
            }
            return false;
        });
        for (PollTarget target : targets.all()) {
            String id = target.device().id();
            if (target.device().generation().isRpc() && target.state() == DeviceState.ONLINE && !sockets.containsKey(id)) {
                open(target);
            }
        }
    }

    private void open(PollTarget target) {
        String id = target.device().id();
        try {
            ShellyClient client = poller.client(target.device());
            if (client instanceof RpcClient rpc) {
                sockets.put(id, rpc.openWebSocket(event -> onEvent(target, event)));
            }
        } catch (DeviceException e) {
            log.debug("no WebSocket to {}: {}", id, DevicePoller.reason(e));
        }
    }

    private void onEvent(PollTarget target, DeviceEvent event) {
        switch (event) {
            case DeviceEvent.Connected c -> {
                target.pushing(true);
                recorder.answered(target, c.status(), "push");
            }
            case DeviceEvent.StatusChanged s -> recorder.answered(target, s.status(), "push");
            case DeviceEvent.Event e -> {
                log.debug("device {} event {} {}", target.device().id(), e.component(), e.event());
                if (e.component() != null && e.component().startsWith("input:") && InputEvent.storable(e.component(), e.event())) {
                    recorder.event(target, e.component(), e.event());
                }
            }
            case DeviceEvent.Disconnected d -> {
                target.pushing(false);
                Instant now = clock.instant();
                target.due(target.due().isAfter(now) ? now : target.due());
                log.debug("WebSocket to {} closed: {}", target.device().id(), d.reason());
            }
        }
    }

    @Override
    public void start() {
        running = properties.enabled() && properties.push().enabled();
    }

    @Override
    public void stop() {
        running = false;
        sockets.values().forEach(RpcWebSocket::close);
        sockets.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
