package org.shellymanager.manager.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shellymanager.device.DeviceAddress;

/**
 * Turns what a user types as scan targets into the addresses to probe. Each target may hold several entries
 * separated by commas; an entry is a CIDR block ({@code 192.168.1.0/24}), a range ({@code 10.0.0.5-10.0.0.40} or
 * {@code 10.0.0.5-40}), a host ({@code 10.0.0.7}, {@code shelly1.lan}) or any of these with a port suffix
 * ({@code 127.0.0.0/24:8080}). Blocks and ranges are IPv4 only. The size of every entry is checked before any
 * address is listed, so a {@code /0} costs nothing to refuse.
 */
public final class ScanTargets {

    private ScanTargets() {
    }

    /**
     * The distinct addresses the targets cover, in the order given.
     *
     * @throws InvalidScanTargetException naming the first bad entry and why
     * @throws ScanTooLargeException      when one entry or all together cover more than {@code maxAddresses}
     */
    public static List<DeviceAddress> parse(List<String> targets, int maxAddresses) {
        if (maxAddresses < 1) {
            throw new IllegalArgumentException("maxAddresses must be positive, was " + maxAddresses);
        }
        if (targets == null || targets.isEmpty()) {
            throw new InvalidScanTargetException(null, "no scan targets given");
        }
        List<ScanTargetsEntry> entries = new ArrayList<>();
        long total = 0;
        for (String target : targets) {
            if (target == null) {
                throw new InvalidScanTargetException(null, "a scan target is missing (null)");
            }
            for (String part : target.split(",", -1)) {
                String entry = part.strip();
                ScanTargetsEntry parsed = ScanTargetsEntry.parse(entry);
                if (parsed.size() > maxAddresses) {
                    throw new ScanTooLargeException(entry, "covers " + count(parsed.size()) + " addresses, more than the "
                            + count(maxAddresses) + " one scan may cover; scan smaller blocks", parsed.size(), maxAddresses);
                }
                total += parsed.size();
                entries.add(parsed);
            }
        }
        if (total > maxAddresses) {
            throw new ScanTooLargeException(null, "the scan targets together cover " + count(total) + " addresses, more than the "
                    + count(maxAddresses) + " one scan may cover; split them into several scans", total, maxAddresses);
        }
        Set<DeviceAddress> addresses = new LinkedHashSet<>();
        entries.forEach(entry -> entry.addresses().forEach(addresses::add));
        return List.copyOf(addresses);
    }

    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
