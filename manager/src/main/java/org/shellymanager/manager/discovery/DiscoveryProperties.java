package org.shellymanager.manager.discovery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.discovery}.
 *
 * @param concurrency    addresses probed at once in one scan
 * @param maxScanSize    the most addresses one scan may cover
 * @param connectTimeout how long a probe waits for a TCP connection
 * @param requestTimeout how long a probe waits for the reply to {@code GET /shelly}
 * @param scheduleCheck  how often the scheduler looks for networks due for discovery
 * @param networks       networks created (or updated, by name) in the database at start-up
 * @param mdns           the mDNS browse that scans may ask for
 */
@ConfigurationProperties("shelly-manager.discovery")
public record DiscoveryProperties(@DefaultValue("64") int concurrency, @DefaultValue("4096") int maxScanSize,
                                  @DefaultValue("1s") Duration connectTimeout, @DefaultValue("3s") Duration requestTimeout,
                                  @DefaultValue("30s") Duration scheduleCheck, @DefaultValue List<ConfiguredNetwork> networks,
                                  @DefaultValue Mdns mdns) {

    public DiscoveryProperties {
        if (concurrency < 1 || concurrency > 4096) {
            throw new IllegalArgumentException("shelly-manager.discovery.concurrency must be from 1 to 4096, was " + concurrency);
        }
        if (maxScanSize < 1 || maxScanSize > 1 << 20) {
            throw new IllegalArgumentException("shelly-manager.discovery.max-scan-size must be from 1 to 1048576, was " + maxScanSize);
        }
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    /**
     * A network from the settings file; {@code schedule} is an ISO-8601 interval ({@code PT1H}) or a cron expression,
     * {@code mdns} adds an mDNS browse to each of its scans.
     */
    public record ConfiguredNetwork(String name, List<String> targets, String schedule, @DefaultValue("true") boolean enabled,
                                    @DefaultValue("false") boolean mdns) {
    }

    /**
     * Settings under {@code shelly-manager.discovery.mdns}.
     *
     * @param enabled    whether scans that ask for an mDNS browse get one; off, they probe only their targets
     * @param browseTime how long a browse listens for announcements
     * @param interfaces the addresses of the local interfaces to browse on; empty for every interface that is up,
     *                   not loopback and able to multicast
     */
    public record Mdns(@DefaultValue("true") boolean enabled, @DefaultValue("3s") Duration browseTime,
                       @DefaultValue List<String> interfaces) {

        public Mdns {
            if (browseTime.isNegative() || browseTime.isZero() || browseTime.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("shelly-manager.discovery.mdns.browse-time must be more than 0 and at most 1m, was "
                        + browseTime);
            }
            interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
            for (String address : interfaces) {
                if (ScanTargetsIpv4.parse(address) < 0) {
                    throw new IllegalArgumentException("shelly-manager.discovery.mdns.interfaces: '" + address
                            + "' is not an IPv4 address of this host");
                }
            }
        }
    }
}
