package org.shellymanager.manager.telemetry;

import org.shellymanager.manager.inventory.InventoryService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inventory's {@code online} flag (the device list's filter) in step with telemetry: {@code OFFLINE} is
 * offline; {@code ONLINE} and {@code ASLEEP} are not (a sleeping battery device is expected to be silent and its last
 * report stands). It lives here, not in inventory, because inventory must not depend on telemetry.
 */
@Component
class InventoryOnline {

    private final InventoryService inventory;

    InventoryOnline(InventoryService inventory) {
        this.inventory = inventory;
    }

    @EventListener
    void on(DeviceStateChanged change) {
        inventory.recordOnline(change.deviceId(), change.to() != DeviceState.OFFLINE);
    }
}
