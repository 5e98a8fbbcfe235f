package org.shellymanager.simulator.rpc;

import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.FirmwareIds;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.node.ObjectNode;

/** {@code Shelly.GetDeviceInfo} and Gen2 {@code GET /shelly}: open even when auth is on. */
final class DeviceInfo {

    private DeviceInfo() {
    }

    static ObjectNode of(VirtualDevice device) {
        String fw = device.firmwareId();
        ObjectNode info = Yaml.MAPPER.createObjectNode();
        info.put("name", device.config().path("sys").path("device").path("name").asString(null))
                .put("id", device.id()).put("mac", device.mac()).put("slot", 0)
                .put("model", device.model().model()).put("gen", device.gen())
                .put("fw_id", fw).put("ver", FirmwareIds.version(fw)).put("app", device.model().app())
                .put("auth_en", device.digest().enabled());
        if (device.digest().enabled()) {
            info.put("auth_domain", device.id());
        } else {
            info.putNull("auth_domain");
        }
        if (device.model().hasProfiles()) {
            info.put("profile", device.profile());
        }
        if (device.model().has("matter")) {
            info.put("matter", false);
        }
        if (!device.config().path("sys").path("device").path("discoverable").asBoolean(true)) {
            info.put("discoverable", false);
        }
        if (FirmwareIds.major(fw) >= 2) {
            info.put("provision", device.network().provisioned() ? "complete" : "none").put("enhanced_security", false);
        }
        return info;
    }
}
