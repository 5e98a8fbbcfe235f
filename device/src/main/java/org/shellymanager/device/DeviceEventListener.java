package org.shellymanager.device;

/** Receives a device's WebSocket events, one at a time, on a library thread; must not block for long. */
@FunctionalInterface
public interface DeviceEventListener {

    void onEvent(DeviceEvent event);
}
