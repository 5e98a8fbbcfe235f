package org.shellymanager.device;

import java.util.regex.Pattern;

/**
 * Where a device listens: a host name or IP literal and a TCP port. IPv6 literals are kept without brackets.
 */
public record DeviceAddress(String host, int port) {

    public static final int DEFAULT_PORT = 80;
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");

    public DeviceAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("device host must not be empty");
        }
        if (!(HOST_NAME.matcher(host).matches() || host.contains(":") && IPV6.matcher(host).matches())) {
            throw new IllegalArgumentException("not a host name or IP address: '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    public static DeviceAddress of(String host) {
        return new DeviceAddress(host, DEFAULT_PORT);
    }

    /** Parses {@code host}, {@code host:port} or {@code [v6]:port}/{@code [v6]}; the port defaults to 80. */
    public static DeviceAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("device address must not be empty");
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ']' in IPv6 address: '" + value + "'");
            }
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("expected ':port' after ']' in '" + value + "'");
            }
            return new DeviceAddress(value.substring(1, close), rest.isEmpty() ? DEFAULT_PORT : port(rest.substring(1), value));
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return new DeviceAddress(value, DEFAULT_PORT);
        }
        if (value.indexOf(':', colon + 1) >= 0) {
            return new DeviceAddress(value, DEFAULT_PORT);
        }
        return new DeviceAddress(value.substring(0, colon), port(value.substring(colon + 1), value));
    }

    private static int port(String digits, String whole) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number in '" + whole + "': '" + digits + "'");
        }
    }

    /** The host as it goes into a URI authority: IPv6 literals in brackets. */
    public String uriHost() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return uriHost() + ":" + port;
    }
}
