package org.shellymanager.simulator;

/** Loopback IPv4 arithmetic for address plans. */
public final class Addresses {

    private Addresses() {
    }

    /** A host and port; port 0 until the system has chosen one. */
    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    public static void requireLoopback(String host) {
        int[] octets = octets(host);
        if (octets[0] != 127) {
            throw new IllegalArgumentException("simulated devices only use loopback addresses (127.x.y.z): " + host);
        }
    }

    /** The address {@code n} steps after {@code host}, skipping .0 and .255 in the last octet. */
    public static String plus(String host, int n) {
        int[] o = octets(host);
        long value = ((long) o[1] << 16) | ((long) o[2] << 8) | o[3];
        for (int i = 0; i < n; i++) {
            value++;
            while ((value & 0xFF) == 0 || (value & 0xFF) == 255) {
                value++;
            }
        }
        if (value > 0xFFFFFF) {
            throw new IllegalArgumentException("address plan runs past 127.255.255.254");
        }
        return "127." + ((value >> 16) & 0xFF) + "." + ((value >> 8) & 0xFF) + "." + (value & 0xFF);
    }

    private static int[] octets(String host) {
        String[] parts = host.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + host);
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] < 0 || octets[i] > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + host);
            }
        }
        return octets;
    }
}
