package org.shellymanager.simulator.mdns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.model.FirmwareIds;

/**
 * What a device advertises. Gen1: {@code _http._tcp}, instance and host named after the device id, TXT {@code id,
 * fw_id, arch=esp8266, app, fw_version=1.0, discoverable}. Gen2+: {@code _http._tcp} and {@code _shelly._tcp}, instance
 * {@code ShellyPlus1PM-AABBCCDDEEFF}, host {@code shellyplus1pm-aabbccddeeff}, TXT {@code id, fw_id, arch=esp32,
 * app, ver, gen} (the Gen2+ TXT keys besides {@code gen} are known from tools only, see the protocol reference).
 */
public final class MdnsRecords {

    public static final String HTTP = "_http._tcp.local.";
    public static final String SHELLY = "_shelly._tcp.local.";

    private MdnsRecords() {
    }

    public static List<MdnsService> of(VirtualDevice device) {
        String host = device.id().toLowerCase(Locale.ROOT);
        String instance = device.apSsid();
        Map<String, String> txt = new LinkedHashMap<>();
        txt.put("id", device.id());
        txt.put("fw_id", device.firmwareId());
        if (device.gen() == 1) {
            txt.put("arch", "esp8266");
            txt.put("app", device.model().app());
            txt.put("fw_version", "1.0");
            txt.put("discoverable", "true");
            return List.of(new MdnsService(HTTP, instance, host, device.network().port(), txt));
        }
        txt.put("arch", "esp32");
        txt.put("app", device.model().app());
        txt.put("ver", FirmwareIds.version(device.firmwareId()));
        txt.put("gen", String.valueOf(device.gen()));
        return List.of(new MdnsService(HTTP, instance, host, device.network().port(), txt),
                new MdnsService(SHELLY, instance, host, device.network().port(), txt));
    }
}
