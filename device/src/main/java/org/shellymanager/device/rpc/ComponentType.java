package org.shellymanager.device.rpc;

import java.util.Locale;
import java.util.Optional;

/** Component kinds with an id ({@code switch:0}), as method prefix and status key. */
public enum ComponentType {
    SWITCH("Switch"), COVER("Cover"), LIGHT("Light"), RGB("RGB"), RGBW("RGBW"), CCT("CCT"), INPUT("Input"),
    EM("EM"), EMDATA("EMData"), EM1("EM1"), EM1DATA("EM1Data"), PM1("PM1"), TEMPERATURE("Temperature"),
    HUMIDITY("Humidity"), ILLUMINANCE("Illuminance"), DEVICEPOWER("DevicePower"), SCRIPT("Script");

    private final String prefix;

    ComponentType(String prefix) {
        this.prefix = prefix;
    }

    public String method(String action) {
        return prefix + "." + action;
    }

    /** The status/config key, e.g. {@code switch:0}. */
    public String key(int id) {
        return prefix.toLowerCase(Locale.ROOT) + ":" + id;
    }

    /** The type for a key's kind ({@code em1data} for {@code em1data:0}), ignoring case. */
    public static Optional<ComponentType> forKind(String kind) {
        for (ComponentType type : values()) {
            if (type.prefix.equalsIgnoreCase(kind)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
