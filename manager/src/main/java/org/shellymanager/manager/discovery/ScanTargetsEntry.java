package org.shellymanager.manager.discovery;

import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.shellymanager.device.DeviceAddress;

/** One comma-separated entry of a scan target: an IPv4 block or range, or a single host. */
sealed interface ScanTargetsEntry {

    Pattern RANGE = Pattern.compile("([0-9.]+)-([0-9.]+)");
    Pattern DIGITS = Pattern.compile("\\d{1,5}");

    /** How many addresses the entry covers, known without listing them. */
    long size();

    Stream<DeviceAddress> addresses();

    /** Consecutive IPv4 addresses, both ends included, all on one port. */
    record Ipv4Range(long first, long last, int port) implements ScanTargetsEntry {

        public long size() {
            return last - first + 1;
        }

        public Stream<DeviceAddress> addresses() {
            return LongStream.rangeClosed(first, last).mapToObj(a -> new DeviceAddress(ScanTargetsIpv4.format(a), port));
        }
    }

    record Single(DeviceAddress address) implements ScanTargetsEntry {

        public long size() {
            return 1;
        }

        public Stream<DeviceAddress> addresses() {
            return Stream.of(address);
        }
    }

    static ScanTargetsEntry parse(String entry) {
        if (entry.isEmpty()) {
            throw new InvalidScanTargetException(entry, "empty entry (two commas in a row, or a trailing comma?)");
        }
        boolean ipv6 = entry.startsWith("[") || entry.indexOf(':') != entry.lastIndexOf(':');
        if (ipv6) {
            if (entry.contains("/")) {
                throw new InvalidScanTargetException(entry, "only IPv4 blocks can be scanned; give IPv6 devices one by one");
            }
            return single(entry);
        }
        int colon = entry.indexOf(':');
        String body = colon < 0 ? entry : entry.substring(0, colon);
        int port = colon < 0 ? DeviceAddress.DEFAULT_PORT : port(entry, entry.substring(colon + 1));
        if (body.contains("/")) {
            return cidr(entry, body, port);
        }
        var range = RANGE.matcher(body);
        if (range.matches()) {
            return range(entry, range.group(1), range.group(2), port);
        }
        if (ScanTargetsIpv4.LOOKS_NUMERIC.matcher(body).matches() && ScanTargetsIpv4.parse(body) < 0) {
            throw new InvalidScanTargetException(entry, "'" + body + "' is not an IPv4 address (four numbers 0-255)");
        }
        return single(entry);
    }

    private static ScanTargetsEntry single(String entry) {
        try {
            return new Single(DeviceAddress.parse(entry));
        } catch (IllegalArgumentException e) {
            throw new InvalidScanTargetException(entry, e.getMessage());
        }
    }

    private static int port(String entry, String digits) {
        int port = DIGITS.matcher(digits).matches() ? Integer.parseInt(digits) : 0;
        if (port < 1 || port > 65535) {
            throw new InvalidScanTargetException(entry, "port must be a number from 1 to 65535, was '" + digits + "'");
        }
        return port;
    }

    /** A CIDR block; blocks larger than /31 leave out their network and broadcast addresses. */
    private static Ipv4Range cidr(String entry, String body, int port) {
        int slash = body.indexOf('/');
        long base = ScanTargetsIpv4.parse(body.substring(0, slash));
        if (base < 0) {
            throw new InvalidScanTargetException(entry, "'" + body.substring(0, slash) + "' is not an IPv4 address");
        }
        String bits = body.substring(slash + 1);
        int prefix = bits.matches("\\d{1,2}") ? Integer.parseInt(bits) : -1;
        if (prefix < 0 || prefix > 32) {
            throw new InvalidScanTargetException(entry, "prefix length must be a number from 0 to 32, was '" + bits + "'");
        }
        long hostMask = (1L << (32 - prefix)) - 1;
        long network = base & ~hostMask & 0xffffffffL;
        long broadcast = network | hostMask;
        return prefix <= 30 ? new Ipv4Range(network + 1, broadcast - 1, port) : new Ipv4Range(network, broadcast, port);
    }

    /** {@code a-b} with two full addresses, or {@code a-n} where n replaces the last octet of a. */
    private static Ipv4Range range(String entry, String from, String to, int port) {
        long first = ScanTargetsIpv4.parse(from);
        if (first < 0) {
            throw new InvalidScanTargetException(entry, "range start '" + from + "' is not an IPv4 address");
        }
        long last;
        if (to.contains(".")) {
            last = ScanTargetsIpv4.parse(to);
        } else {
            last = to.matches("\\d{1,3}") && Integer.parseInt(to) <= 255 ? (first & ~0xffL) | Integer.parseInt(to) : -1;
        }
        if (last < 0) {
            throw new InvalidScanTargetException(entry,
                    "range end '" + to + "' is neither an IPv4 address nor a last octet from 0 to 255");
        }
        if (last < first) {
            throw new InvalidScanTargetException(entry, "range end " + ScanTargetsIpv4.format(last)
                    + " comes before its start " + ScanTargetsIpv4.format(first));
        }
        return new Ipv4Range(first, last, port);
    }
}
