package org.shellymanager.manager.discovery;

import java.time.Instant;
import java.util.List;

/**
 * A named set of scan targets, discovered on a schedule when it has one and is enabled.
 *
 * @param schedule  an interval ({@code PT1H}) or a cron expression, or null to scan only on request
 * @param mdns      whether its scans also browse mDNS; a network may then have no targets
 * @param lastRunAt when its scheduled discovery last started, or null
 */
public record Network(String id, String name, List<String> targets, boolean mdns, String schedule, boolean enabled,
                      Instant createdAt, Instant lastRunAt) {

    public Network {
        if (id == null || name == null || name.isBlank() || targets == null || targets.isEmpty() && !mdns || createdAt == null) {
            throw new IllegalArgumentException("a network needs an id, a name, targets (or mDNS) and a creation time");
        }
        targets = List.copyOf(targets);
    }
}
