package org.shellymanager.manager.inventory;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceIdentity;

/**
 * A device seen answering at an address.
 *
 * @param verified the login that was accepted by the device and should be kept for it, or null
 * @param loginOk  the device needs no login, or a known login (its own, the fleet default or {@code verified})
 *                 was accepted
 */
public record Sighting(DeviceIdentity identity, DeviceAddress address, Credentials verified, boolean loginOk) {

    public Sighting {
        if (identity == null || address == null) {
            throw new IllegalArgumentException("a sighting needs an identity and an address");
        }
    }
}
