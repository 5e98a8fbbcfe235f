package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A device as exporters see it: identity, address and inventory fields; never its credentials. Names, rooms,
 * tags and notes come from users and devices and may hold anything: exporters escape them for their format.
 *
 * @param mac          twelve uppercase hex digits, no separators
 * @param productName  the catalogue's product name for the model, or the model code when unknown
 * @param status       inventory status ({@code ACTIVE}, {@code MOVED}, ...)
 * @param tags         sorted, without duplicates
 */
public record SnapshotDevice(String id, String mac, String deviceId, String model, String productName, int generation,
                             String firmware, String host, int port, String name, String room, List<String> tags,
                             String notes, String status, boolean online, boolean authRequired,
                             boolean needsCredentials, List<String> capabilities, Instant firstSeen, Instant lastSeen) {

    private static final Pattern MAC = Pattern.compile("[0-9A-F]{12}");

    public SnapshotDevice {
        if (id == null || mac == null || !MAC.matcher(mac).matches() || deviceId == null || model == null
                || productName == null || firmware == null || host == null || status == null || firstSeen == null
                || lastSeen == null) {
            throw new IllegalArgumentException("a snapshot device needs id, a 12-digit uppercase MAC, device id, model, "
                    + "product name, firmware, host, status and times");
        }
        tags = List.copyOf(new TreeSet<>(tags));
        capabilities = List.copyOf(capabilities);
    }

    /** The MAC as {@code aa:bb:cc:dd:ee:ff}, the way DHCP servers write it. */
    public String colonMac() {
        String lower = mac.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            out.append(i == 0 ? "" : ":").append(lower, i, i + 2);
        }
        return out.toString();
    }

    /** The user's name for the device, else its device id. */
    public String label() {
        return name == null || name.isBlank() ? deviceId : name;
    }

    /** Whether the host is a dotted IPv4 address, which DHCP reservations need. */
    public boolean hasIpv4() {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
