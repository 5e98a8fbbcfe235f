package org.shellymanager.simulator.gen1;

import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.node.ObjectNode;

/** Gen1 firmware state ({@code /ota} and {@code status.update}). */
final class Gen1Ota {

    private Gen1Ota() {
    }

    static ObjectNode state(VirtualDevice device) {
        String offered = device.lifecycle().offered("stable");
        String beta = device.lifecycle().timing().betaFirmware();
        ObjectNode ota = Yaml.MAPPER.createObjectNode();
        ota.put("status", device.lifecycle().updating() ? "updating" : offered != null ? "pending" : "idle")
                .put("has_update", offered != null)
                .put("new_version", offered != null ? offered : device.firmwareId())
                .put("old_version", device.firmwareId());
        if (beta != null) {
            ota.put("beta_version", beta);
        }
        return ota;
    }
}
