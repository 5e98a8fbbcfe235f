package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;

/** How a scan's mDNS browse adds to its targets, and that a failing browse never fails the scan. */
class DiscoveryTargetsTest {

    private static final List<DeviceAddress> LISTED = List.of(DeviceAddress.parse("127.0.0.5:8080"), DeviceAddress.parse("127.0.0.6"));

    @Test
    void aScanThatDoesNotAskForMdnsProbesItsTargetsOnly() {
        DiscoveryTargets targets = new DiscoveryTargets(LISTED, false, () -> {
            throw new AssertionError("browsed although not asked to");
        });

        assertThat(targets.addresses(new RecordingJobContext())).isEqualTo(LISTED);
        assertThat(targets.mdnsNote()).isEmpty();
    }

    @Test
    void mdnsCandidatesAreProbedAfterTheTargetsWithoutDuplicates() {
        DiscoveryTargets targets = new DiscoveryTargets(LISTED, true,
                () -> List.of(DeviceAddress.parse("127.0.0.6"), DeviceAddress.parse("127.0.0.9:8081")));

        assertThat(targets.addresses(new RecordingJobContext())).containsExactly(DeviceAddress.parse("127.0.0.5:8080"),
                DeviceAddress.parse("127.0.0.6"), DeviceAddress.parse("127.0.0.9:8081"));
        assertThat(targets.mdnsNote()).isEqualTo("; mDNS: 2 candidates, 1 not among the targets");
    }

    @Test
    void anMdnsOnlyScanProbesWhatTheBrowseFinds() {
        DiscoveryTargets targets = new DiscoveryTargets(List.of(), true, () -> List.of(DeviceAddress.parse("127.0.0.9")));

        assertThat(targets.addresses(new RecordingJobContext())).containsExactly(DeviceAddress.parse("127.0.0.9"));
    }

    @Test
    void aFailingBrowseLeavesTheTargetsAndSaysSo() {
        DiscoveryTargets targets = new DiscoveryTargets(LISTED, true, () -> {
            throw new IllegalStateException("no multicast route");
        });

        assertThat(targets.addresses(new RecordingJobContext())).isEqualTo(LISTED);
        assertThat(targets.mdnsNote()).isEqualTo("; mDNS browse failed: no multicast route");
    }

    @Test
    void mdnsTurnedOffInTheSettingsIsNotBrowsedAndTheSummarySaysWhy() {
        DiscoveryTargets targets = new DiscoveryTargets(LISTED, true, null);

        assertThat(targets.addresses(new RecordingJobContext())).isEqualTo(LISTED);
        assertThat(targets.mdnsNote()).contains("turned off").contains("shelly-manager.discovery.mdns.enabled");
    }
}
