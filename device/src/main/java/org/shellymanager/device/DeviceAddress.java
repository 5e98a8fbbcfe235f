package org.shellymanager.device;

/**
 * Where a device listens: a host name or IP literal and a TCP port. IPv6 literals are kept without brackets.
 */
public record DeviceAddress(String host, int port) {

    public static final int DEFAULT_PORT = 80;
    private static final int MAX_LABEL = 63;

    public DeviceAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("device host must not be empty");
        }
        if (!(isHostName(host) || host.indexOf(':') >= 0 && isIpv6(host))) {
            throw new IllegalArgumentException("not a host name or IP address: '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    /**
     * Dot-separated labels of 1 to 63 letters, digits and dashes, each starting with a letter or digit, with an
     * optional final dot (IPv4 literals are such names too). Checked by hand: every device row read builds an address.
     */
    private static boolean isHostName(String host) {
        int end = host.length() > 1 && host.endsWith(".") ? host.length() - 1 : host.length();
        int labelStart = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || host.charAt(i) == '.') {
                int length = i - labelStart;
                if (length < 1 || length > MAX_LABEL || !isAsciiLetterOrDigit(host.charAt(labelStart))) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isAsciiLetterOrDigit(host.charAt(i)) && host.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Hex digits, colons and dots (an embedded IPv4 part), then optionally {@code %zone}. */
    private static boolean isIpv6(String host) {
        int percent = host.indexOf('%');
        int end = percent < 0 ? host.length() : percent;
        if (end == 0 || percent == host.length() - 1) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = i < end ? Character.digit(c, 16) >= 0 && c < 128 || c == ':' || c == '.'
                    : i == end || isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
