package org.shellymanager.manager.exchange.format;

import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.SnapshotDevice;

/**
 * A fixed address for one device, as DHCP servers and hosts files take it: only devices known by an IPv4 address
 * get one, under a unique valid host name.
 */
record Reservation(SnapshotDevice device, String hostname) {

    static List<Reservation> of(List<SnapshotDevice> devices) {
        List<SnapshotDevice> addressed = devices.stream().filter(SnapshotDevice::hasIpv4).toList();
        Map<String, String> names = Hostnames.assign(addressed);
        return addressed.stream().map(device -> new Reservation(device, names.get(device.id()))).toList();
    }

    String mac() {
        return device.colonMac();
    }

    String ip() {
        return device.host();
    }

    /** Text safe inside a comment or a free-text field: no control characters, at most 200 characters. */
    static String plain(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    static final String MAC_PATTERN = "[0-9a-f]{2}(:[0-9a-f]{2}){5}";
    static final String IPV4_PATTERN = "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
}
