package org.shellymanager.manager.discovery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.shellymanager.device.DeviceAddress;
import org.shellymanager.manager.job.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one scan probes: the addresses its targets cover and, when the scan asks for it, the candidates an mDNS
 * browse finds. A browse that fails or finds nothing never fails the scan; the summary says what it gave.
 */
final class DiscoveryTargets {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryTargets.class);

    private final List<DeviceAddress> listed;
    private final boolean mdnsAsked;
    private final Supplier<List<DeviceAddress>> mdns;
    private volatile String mdnsNote = "";

    /**
     * @param mdnsAsked   whether the scan asked for an mDNS browse
     * @param mdnsOrNull  the browse, or null when mDNS is turned off in the settings
     */
    DiscoveryTargets(List<DeviceAddress> listed, boolean mdnsAsked, Supplier<List<DeviceAddress>> mdnsOrNull) {
        this.listed = List.copyOf(listed);
        this.mdnsAsked = mdnsAsked;
        this.mdns = mdnsOrNull;
    }

    /** The listed addresses, then the mDNS candidates that are not among them. Browses when asked to. */
    List<DeviceAddress> addresses(JobContext context) {
        if (!mdnsAsked) {
            return listed;
        }
        if (mdns == null) {
            mdnsNote = "; mDNS not browsed: turned off in the settings (shelly-manager.discovery.mdns.enabled)";
            return listed;
        }
        List<DeviceAddress> candidates;
        try {
            candidates = mdns.get();
        } catch (RuntimeException e) {
            log.warn("mDNS browse failed, the scan goes on without it: {}", e.toString());
            mdnsNote = "; mDNS browse failed: " + e.getMessage();
            return listed;
        }
        Set<DeviceAddress> all = new LinkedHashSet<>(listed);
        int added = 0;
        for (DeviceAddress candidate : candidates) {
            added += all.add(candidate) ? 1 : 0;
        }
        mdnsNote = "; mDNS: " + candidates.size() + " candidates, " + added + " not among the targets";
        log.info("job {}: mDNS found {} candidates, {} not among the targets", context.jobId(), candidates.size(), added);
        return List.copyOf(all);
    }

    /** What the mDNS browse gave, to end the scan's summary with; empty when none was asked for. */
    String mdnsNote() {
        return mdnsNote;
    }
}
