package org.shellymanager.simulator;

import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code --inventory-out} file: one object per device with address, gen, model, id, mac and credentials. */
public final class Inventory {

    private Inventory() {
    }

    public static String json(SimulatedFleet fleet) {
        ArrayNode devices = Yaml.MAPPER.createArrayNode();
        for (SimulatedDevice device : fleet.devices()) {
            ObjectNode entry = devices.addObject()
                    .put("address", device.address())
                    .put("gen", device.generation())
                    .put("model", device.model())
                    .put("id", device.id())
                    .put("mac", device.mac());
            if (device.password() != null) {
                if (device.generation() == 1) {
                    entry.put("user", device.user());
                }
                entry.put("password", device.password());
            }
        }
        return devices.toPrettyString() + "\n";
    }
}
