package org.shellymanager.manager.firmware;

import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.Sighting;
import org.springframework.stereotype.Component;

/** Reaches inventory devices with their stored login, and records what they say about themselves. */
@Component
class DeviceAccess {

    private final ShellyDevices devices;
    private final InventoryService inventory;

    DeviceAccess(ShellyDevices devices, InventoryService inventory) {
        this.devices = devices;
        this.inventory = inventory;
    }

    /** Identifies the device at its address ({@code GET /shelly}, no login) and connects with its stored login. */
    ShellyClient connect(Device device) {
        DeviceIdentity identity = devices.identify(device.address());
        return devices.connect(identity, device.address(), inventory.credentials(device.id()).orElse(null));
    }

    /** What the device says about itself now, without login. */
    DeviceIdentity identify(Device device) {
        return devices.identify(device.address());
    }

    /** Records the device's identity (and so its firmware) in the inventory after a check or an update. */
    void seen(Device device, DeviceIdentity identity) {
        if (identity.mac().equals(device.mac())) {
            inventory.record(new Sighting(identity, device.address(), null,
                    !identity.authRequired() || device.hasCredentials()));
        }
    }
}
