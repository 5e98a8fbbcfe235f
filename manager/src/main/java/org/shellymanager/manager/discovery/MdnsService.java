package org.shellymanager.manager.discovery;

import java.net.Inet4Address;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.jmdns.ServiceInfo;

import org.shellymanager.device.DeviceAddress;

/**
 * One service instance seen on mDNS, reduced to what discovery needs.
 *
 * @param type   the service type, such as {@code _http._tcp.local.}
 * @param name   the instance name; Shelly devices use their hostname, such as {@code shellyplus1pm-a8032ab12345}
 * @param server the host name the service points at, or empty
 * @param text   the TXT record's keys (lower case) and values
 * @param ipv4   the instance's IPv4 addresses
 */
record MdnsService(String type, String name, String server, Map<String, String> text, List<String> ipv4, int port) {

    MdnsService {
        text = Map.copyOf(text);
        ipv4 = List.copyOf(ipv4);
    }

    static MdnsService of(ServiceInfo info) {
        Map<String, String> text = new HashMap<>();
        for (String key : Collections.list(info.getPropertyNames())) {
            String value = info.getPropertyString(key);
            text.put(key.toLowerCase(Locale.ROOT), value == null ? "" : value);
        }
        List<String> addresses = Arrays.stream(info.getInet4Addresses()).map(Inet4Address::getHostAddress).toList();
        return new MdnsService(info.getType(), info.getName(), info.getServer() == null ? "" : info.getServer(), text,
                addresses, info.getPort());
    }

    /**
     * Whether the instance is a Shelly device: everything under {@code _shelly._tcp} is; under {@code _http._tcp}
     * only instances named like Shelly hosts ({@code shelly...}) or carrying the {@code gen} and {@code app} TXT
     * keys that Gen2+ firmware publishes.
     */
    boolean looksLikeShelly() {
        if (type.equalsIgnoreCase(MdnsBrowser.SHELLY_SERVICE)) {
            return true;
        }
        return name.toLowerCase(Locale.ROOT).startsWith("shelly") || server.toLowerCase(Locale.ROOT).startsWith("shelly")
                || text.containsKey("gen") && text.containsKey("app");
    }

    /** Where to reach the instance: each IPv4 address on its port, port 80 when it advertised none. */
    List<DeviceAddress> addresses() {
        int reachable = port > 0 && port <= 65535 ? port : DeviceAddress.DEFAULT_PORT;
        return ipv4.stream().map(address -> new DeviceAddress(address, reachable)).toList();
    }
}
