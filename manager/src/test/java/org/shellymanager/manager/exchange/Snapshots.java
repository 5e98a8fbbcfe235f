package org.shellymanager.manager.exchange;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Snapshots for exporter tests, with the kind of names users and devices really produce, and worse. */
final class Snapshots {

    static final String HOSTILE = "Küche \"Licht\" <b>&amp;</b>,=HYPERLINK(\"x\")|{}[];#\n\tnext\u0001line";

    private Snapshots() {
    }

    static SnapshotDevice device(int n, String name, String room, List<String> tags, String host, int generation,
                                 List<String> capabilities) {
        String mac = String.format("A8032A%06X", n);
        return new SnapshotDevice("id-" + n, mac, "shellyplus1pm-" + mac.toLowerCase(), "SNSW-001P16EU", "Shelly Plus 1PM",
                generation, "1.4.4", host, 80, name, room, tags, null, "ACTIVE", true, false, false, capabilities,
                Instant.parse("2025-01-02T03:04:05.678Z"), Instant.parse("2025-06-07T08:09:10.111Z"));
    }

    static FleetSnapshot fleet() {
        return new FleetSnapshot(Instant.parse("2025-06-07T09:00:00Z"), "test", List.of(
                device(1, HOSTILE, "Küche", List.of("light", "ground floor"), "192.168.1.10", 2, List.of("switch", "metering")),
                device(2, "kitchen light", null, List.of(), "192.168.1.11", 1, List.of("switch")),
                device(3, "Kitchen Light", "Hall|way", List.of("light"), "192.168.2.12", 3, List.of("cover")),
                device(4, null, null, List.of(), "shelly-4.local", 2, List.of()),
                device(5, "-=@+", "=1+1", List.of("=cmd"), "10.0.0.5", 2, List.of("switch"))));
    }

    /** A fleet the size of the largest installations: rooms, tags and all three generations, every device addressed. */
    static FleetSnapshot large(int devices) {
        return new FleetSnapshot(Instant.parse("2025-06-07T09:00:00Z"), "test", IntStream.rangeClosed(1, devices)
                .mapToObj(n -> device(n, "Apartment " + (n / 40) + " ceiling light " + n, "Apartment " + (n / 40) + " living room",
                        List.of("building-" + (n % 7), "metered"), "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255),
                        1 + n % 3, List.of("switch", "metering")))
                .toList());
    }
}
