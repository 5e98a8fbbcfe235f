package org.shellymanager.device.gen1;

import java.util.Locale;
import java.util.Map;

/**
 * Gen1 {@code /shelly} has no device id; the id is a per-model hostname prefix plus the MAC (protocol reference
 * §1.6). Prefixes of models not listed fall back to the lower-case model code.
 */
public final class Gen1Models {

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("SHSW-1", "shelly1"), Map.entry("SHSW-PM", "shelly1pm"), Map.entry("SHSW-L", "shelly1l"),
            Map.entry("SHSW-21", "shellyswitch"), Map.entry("SHSW-25", "shellyswitch25"),
            Map.entry("SHSW-44", "shelly4pro"), Map.entry("SHPLG-S", "shellyplug-s"), Map.entry("SHPLG-1", "shellyplug"),
            Map.entry("SHPLG2-1", "shellyplug"), Map.entry("SHPLG-U1", "shellyplug"), Map.entry("SHEM", "shellyem"),
            Map.entry("SHEM-3", "shellyem3"), Map.entry("SHDM-1", "shellydimmer"), Map.entry("SHDM-2", "shellydimmer2"),
            Map.entry("SHRGBW2", "shellyrgbw2"), Map.entry("SHBLB-1", "shellybulb"), Map.entry("SHCB-1", "shellycolorbulb"),
            Map.entry("SHBDUO-1", "shellybulbduo"), Map.entry("SHVIN-1", "ShellyVintage"), Map.entry("SHHT-1", "shellyht"),
            Map.entry("SHDW-1", "shellydw"), Map.entry("SHDW-2", "shellydw2"), Map.entry("SHWT-1", "shellyflood"),
            Map.entry("SHGS-1", "shellygas"), Map.entry("SHSM-01", "shellysmoke"), Map.entry("SHMOS-01", "shellymotion"),
            Map.entry("SHMOS-02", "shellymotion2"), Map.entry("SHBTN-1", "shellybutton1"),
            Map.entry("SHBTN-2", "shellybutton1"), Map.entry("SHIX3-1", "shellyix3"), Map.entry("SHUNI-1", "shellyuni"),
            Map.entry("SHAIR-1", "shellyair"), Map.entry("SHTRV-01", "shellytrv"));

    private Gen1Models() {
    }

    /** The device id: prefix, a dash and the MAC, all 12 digits with {@code longid}, else the last 6. */
    public static String deviceId(String model, String mac, boolean longId) {
        String prefix = PREFIXES.getOrDefault(model, model.toLowerCase(Locale.ROOT));
        return prefix + "-" + (longId ? mac : mac.substring(6));
    }
}
