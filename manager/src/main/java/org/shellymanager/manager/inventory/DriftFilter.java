package org.shellymanager.manager.inventory;

import java.util.Arrays;
import java.util.Locale;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * A device's configuration against its desired state, as the device list filters it: drifting at its latest drift
 * check, in sync at it, or never checked. Written in requests as {@code drifted}, {@code in-sync}, {@code unchecked}.
 */
public enum DriftFilter {
    DRIFTED("drifted"),
    IN_SYNC("in-sync"),
    UNCHECKED("unchecked");

    private final String key;

    DriftFilter(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The filter a request names; null or blank means any. @throws ManagerException {@code request.invalid} */
    public static DriftFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new ManagerException(ErrorCode.REQUEST_INVALID,
                        "drift must be drifted, in-sync or unchecked, was '" + text.strip() + "'"));
    }
}
