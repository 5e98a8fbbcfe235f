package org.shellymanager.device.gen1;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gen1 shows some settings under one name and takes them under another (protocol reference §1.1). Callers
 * use the names they read from {@code /settings}; this turns them into the names the setters take.
 */
public final class Gen1SettingNames {

    private static final Map<String, String> SETTER_NAMES = Map.of(
            "button_type", "btn_type",
            "button_reverse", "btn_reverse",
            "gw", "gateway",
            "mask", "netmask",
            "sntp.server", "sntp_server",
            "sntp.enabled", "sntp_enabled");

    private Gen1SettingNames() {
    }

    public static String toSetterName(String readName) {
        return SETTER_NAMES.getOrDefault(readName, readName);
    }

    /** The same settings under setter names, in the same order. */
    public static Map<String, Object> toSetterParams(Map<String, ?> readSettings) {
        Map<String, Object> params = new LinkedHashMap<>();
        readSettings.forEach((name, value) -> params.put(toSetterName(name), value));
        return params;
    }
}
