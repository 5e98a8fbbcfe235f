package org.shellymanager.simulator.mdns;

import java.util.Map;
import java.util.Objects;

/**
 * One DNS-SD service a device advertises, as real devices do (protocol reference 4.1): {@code _http._tcp} for every
 * generation and also {@code _shelly._tcp} for Gen2+.
 *
 * @param type      {@code _http._tcp.local.} or {@code _shelly._tcp.local.}
 * @param instance  the instance name: Gen1 the device id, Gen2+ the capitalised app name and upper-case MAC
 * @param host      the host name, lower case, without {@code .local.}
 * @param port      the port the device listens on
 * @param txt       the TXT record
 */
public record MdnsService(String type, String instance, String host, int port, Map<String, String> txt) {

    public MdnsService {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(host, "host");
        txt = Map.copyOf(txt);
    }
}
