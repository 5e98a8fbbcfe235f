package org.shellymanager.device;

/**
 * A Wi-Fi network for the device to join. {@code ip}, {@code netmask}, {@code gateway}, {@code dns} are all
 * null for DHCP, or all set (dns optional) for a static address.
 *
 * @param backup true for the second network (Gen1 {@code sta1}, Gen2+ {@code sta1})
 */
public record WifiStation(boolean enabled, String ssid, String password, String ip, String netmask, String gateway,
                          String dns, boolean backup) {

    public WifiStation {
        if (enabled && (ssid == null || ssid.isEmpty() || ssid.length() > 32)) {
            throw new IllegalArgumentException("SSID must be 1-32 characters");
        }
        if ((ip == null) != (netmask == null) || (ip == null) != (gateway == null)) {
            throw new IllegalArgumentException("a static address needs ip, netmask and gateway together");
        }
    }

    public static WifiStation dhcp(String ssid, String password) {
        return new WifiStation(true, ssid, password, null, null, null, null, false);
    }

    public boolean isStatic() {
        return ip != null;
    }
}
