package org.shellymanager.device;

import java.util.Locale;
import org.shellymanager.device.gen1.Gen1Models;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;

/** Reads a {@code GET /shelly} reply into a {@link DeviceIdentity}: no {@code gen} field means Gen1. A pure function. */
final class IdentityReader {

    private IdentityReader() {
    }

    static DeviceIdentity read(DeviceAddress address, JsonNode shelly) {
        if (shelly == null || !shelly.isObject()) {
            throw new MalformedReplyException(address, "/shelly did not answer a JSON object");
        }
        String mac = Json.text(shelly, "mac");
        if (mac == null) {
            throw new MalformedReplyException(address, "/shelly has no mac");
        }
        mac = mac.replace(":", "").toUpperCase(Locale.ROOT);
        if (!mac.matches("[0-9A-F]{12}")) {
            throw new MalformedReplyException(address, "/shelly has an invalid mac: " + mac);
        }
        try {
            return shelly.has("gen") ? rpc(shelly, mac) : gen1(address, shelly, mac);
        } catch (IllegalArgumentException e) {
            throw new MalformedReplyException(address, "/shelly is not a Shelly identity: " + e.getMessage(), e);
        }
    }

    private static DeviceIdentity rpc(JsonNode shelly, String mac) {
        Generation generation = Generation.of(shelly.path("gen").asInt(0));
        String id = Json.text(shelly, "id");
        return new DeviceIdentity(generation, Json.text(shelly, "model"), mac,
                id == null ? mac.toLowerCase(Locale.ROOT) : id, String.valueOf(Json.text(shelly, "ver")),
                String.valueOf(Json.text(shelly, "fw_id")), Json.flag(shelly, "auth_en"), Json.text(shelly, "name"),
                Json.text(shelly, "app"), Json.text(shelly, "profile"), shelly);
    }

    /** Gen1 {@code /shelly} has no id; it is made from the model's hostname prefix and the MAC. */
    private static DeviceIdentity gen1(DeviceAddress address, JsonNode shelly, String mac) {
        if (!shelly.has("type") || !shelly.has("auth")) {
            throw new MalformedReplyException(address, "/shelly has neither gen nor type+auth");
        }
        String fw = String.valueOf(Json.text(shelly, "fw"));
        String version = gen1Version(fw);
        String model = Json.text(shelly, "type");
        return new DeviceIdentity(Generation.GEN1, model, mac, Gen1Models.deviceId(model, mac, shelly.has("longid")), version,
                fw, Json.flag(shelly, "auth"), Json.text(shelly, "name"), null, null, shelly);
    }

    /** {@code 1.14.0} from a Gen1 firmware id such as {@code 20230913-113421/v1.14.0-gcb84623}. */
    static String gen1Version(String firmwareId) {
        String version = firmwareId.contains("/") ? firmwareId.substring(firmwareId.indexOf('/') + 1) : firmwareId;
        return version.replaceFirst("^v", "").replaceFirst("-g[0-9a-f]+$", "");
    }
}
