package org.shellymanager.manager.telemetry;

import org.shellymanager.manager.inventory.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the inventory's {@code online} flag (the device list's filter) in step with telemetry: {@code OFFLINE} is
 * offline; {@code ONLINE} and {@code ASLEEP} are not (a sleeping battery device is expected to be silent and its last
 * report stands). It lives here, not in inventory, because inventory must not depend on telemetry. When the database
 * is away the change is logged and not retried: the flag catches up at the device's next state change.
 */
@Component
class InventoryOnline {

    private static final Logger log = LoggerFactory.getLogger(InventoryOnline.class);

    private final InventoryService inventory;

    InventoryOnline(InventoryService inventory) {
        this.inventory = inventory;
    }

    @EventListener
    void on(DeviceStateChanged change) {
        try {
            inventory.recordOnline(change.deviceId(), change.to() != DeviceState.OFFLINE);
        } catch (DataAccessException e) {
            log.warn("device {} is {} but the inventory could not be told (database unavailable): {}", change.deviceId(),
                    change.to(), e.getMessage());
        }
    }
}
