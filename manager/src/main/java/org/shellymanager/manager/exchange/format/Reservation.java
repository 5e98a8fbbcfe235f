package org.shellymanager.manager.exchange.format;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.PlainText;
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
        String clean = text == null ? "" : PlainText.oneLine(text).strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /** Whether the text is a MAC address as DHCP servers write it: six lowercase hex pairs separated by colons. */
    static boolean isMac(String text) {
        return MAC.matcher(text).matches();
    }

    /** Whether the text is a dotted IPv4 address without leading zeros. */
    static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches();
    }
}
