package org.shellymanager.device.auth;

/** How a device treats nonces (protocol reference §3.4). */
public enum NonceRegime {
    /** Before firmware 2.0: the nonce is a timestamp valid for an hour; {@code nc} is always 1. */
    TIMESTAMP,
    /** Firmware 2.0 and later: opaque nonces, {@code nc} strictly increasing from 1 per nonce. */
    COUNTED;

    /** The regime for a firmware version such as {@code 1.4.2} or {@code 2.0.0-beta3}. */
    public static NonceRegime forFirmware(String version) {
        String digits = version == null ? "" : version.replaceFirst("^v", "");
        int dot = digits.indexOf('.');
        try {
            int major = Integer.parseInt(dot < 0 ? digits : digits.substring(0, dot));
            return major >= 2 ? COUNTED : TIMESTAMP;
        } catch (NumberFormatException e) {
            return TIMESTAMP;
        }
    }
}
