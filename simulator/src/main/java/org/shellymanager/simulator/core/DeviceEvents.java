package org.shellymanager.simulator.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Who hears what a device reports (WebSocket clients, outbound connections, tests). */
final class DeviceEvents {

    private final List<Consumer<DeviceEvent>> listeners = new CopyOnWriteArrayList<>();

    void listen(Consumer<DeviceEvent> listener) {
        listeners.add(listener);
    }

    void unlisten(Consumer<DeviceEvent> listener) {
        listeners.remove(listener);
    }

    void emit(DeviceEvent event) {
        listeners.forEach(l -> l.accept(event));
    }
}
