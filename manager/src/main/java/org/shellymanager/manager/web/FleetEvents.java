package org.shellymanager.manager.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.shellymanager.manager.config.DriftDetected;
import org.shellymanager.manager.telemetry.DeviceState;
import org.shellymanager.manager.telemetry.DeviceStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The latest device events since the server started (state changes from telemetry, drift found by a drift run),
 * newest first, for the dashboard and the device pages. Kept in memory, at most {@link #CAPACITY}: a device
 * first answering after the start is not news and is left out. Listeners run on the polling thread, so adding
 * is a short lock and nothing more.
 */
@Component
class FleetEvents {

    static final int CAPACITY = 500;

    private final Deque<FleetEvent> events = new ArrayDeque<>();

    @EventListener
    void on(DeviceStateChanged change) {
        if (change.from() == DeviceState.UNKNOWN && change.to() == DeviceState.ONLINE) {
            return;
        }
        String text = switch (change.to()) {
            case ONLINE -> "back online";
            case OFFLINE -> "went offline" + (change.reason() == null ? "" : " (" + change.reason() + ")");
            case ASLEEP -> "asleep";
            case UNKNOWN -> "state unknown";
        };
        add(new FleetEvent(change.at(), change.deviceId(), change.to().name().toLowerCase(Locale.ROOT), text));
    }

    @EventListener
    void on(DriftDetected drift) {
        add(new FleetEvent(drift.at(), drift.deviceId(), "drift", "differs from its desired configuration in "
                + drift.fields().size() + " field(s)"));
    }

    /** The newest events, at most {@code limit}. */
    List<FleetEvent> recent(int limit) {
        synchronized (events) {
            return events.stream().limit(limit).toList();
        }
    }

    /** The newest events of one device, at most {@code limit}. */
    List<FleetEvent> ofDevice(String deviceId, int limit) {
        synchronized (events) {
            return events.stream().filter(e -> e.deviceId().equals(deviceId)).limit(limit).toList();
        }
    }

    private void add(FleetEvent event) {
        synchronized (events) {
            events.addFirst(event);
            if (events.size() > CAPACITY) {
                events.removeLast();
            }
        }
    }
}
