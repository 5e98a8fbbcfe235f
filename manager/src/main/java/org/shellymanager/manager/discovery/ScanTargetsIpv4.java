package org.shellymanager.manager.discovery;

import java.util.regex.Pattern;

/** IPv4 addresses as unsigned 32-bit numbers, parsed strictly and without any name lookup. */
final class ScanTargetsIpv4 {

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    static final Pattern LOOKS_NUMERIC = Pattern.compile("[0-9.]+");

    private ScanTargetsIpv4() {
    }

    /** The address as a number in [0, 2^32), or -1 when the text is not a dotted-quad IPv4 address. */
    static long parse(String text) {
        var matcher = DOTTED.matcher(text);
        if (!matcher.matches()) {
            return -1;
        }
        long value = 0;
        for (int group = 1; group <= 4; group++) {
            int octet = Integer.parseInt(matcher.group(group));
            if (octet > 255) {
                return -1;
            }
            value = value << 8 | octet;
        }
        return value;
    }

    static String format(long address) {
        return (address >>> 24 & 0xff) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }
}
