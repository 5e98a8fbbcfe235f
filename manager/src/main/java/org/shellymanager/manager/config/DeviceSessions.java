package org.shellymanager.manager.config;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.FleetCredentials;
import org.shellymanager.manager.inventory.InventoryService;
import org.springframework.stereotype.Component;

/** Opens a client to an inventory device with its own login, else the fleet default. */
@Component
class DeviceSessions {

    private final ShellyDevices devices;
    private final InventoryService inventory;
    private final FleetCredentials fleetCredentials;

    DeviceSessions(ShellyDevices devices, InventoryService inventory, FleetCredentials fleetCredentials) {
        this.devices = devices;
        this.inventory = inventory;
        this.fleetCredentials = fleetCredentials;
    }

    ShellyClient open(Device device) {
        return devices.connect(device.address(), credentials(device));
    }

    ShellyClient open(Device device, Credentials credentials) {
        return devices.connect(device.address(), credentials);
    }

    Credentials credentials(Device device) {
        return inventory.credentials(device.id()).or(fleetCredentials::find).orElse(null);
    }
}
