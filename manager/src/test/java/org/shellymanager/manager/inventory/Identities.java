package org.shellymanager.manager.inventory;

import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.Generation;
import tools.jackson.databind.json.JsonMapper;

/** Device identities as {@code GET /shelly} would give them, for tests that do not need a device. */
final class Identities {

    private Identities() {
    }

    static DeviceIdentity of(String mac, String model, Generation generation, boolean authRequired) {
        return new DeviceIdentity(generation, model, mac, "shelly-" + mac.toLowerCase(), "1.4.4", "20241011-114455/1.4.4-g6d2a586",
                authRequired, null, null, null, JsonMapper.builder().build().createObjectNode());
    }
}
