package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.simulator.mdns.MdnsRecords;
import org.shellymanager.simulator.mdns.MdnsService;

/**
 * With mDNS on, a browse on the loopback interface finds every device as real ones advertise themselves. Multicast
 * on {@code lo} works on Linux without set-up for sockets bound to 127.0.0.1 (no MULTICAST flag needed), so the
 * browser is a second JmDNS on 127.0.0.1.
 */
class MdnsTest {

    private static SimulatedFleet fleet;
    private static JmDNS browser;

    @BeforeAll
    static void start() throws Exception {
        fleet = SimulatedFleet.start(FleetSpec.builder().host("127.0.44.1").port(18080).mdns(true)
                .add("SHSW-1", 1).add("SNSW-001P16EU", 1).add("S4PL-00416EU", 1).build());
        browser = JmDNS.create(InetAddress.getByName("127.0.0.1"), "mdns-test-browser");
    }

    @AfterAll
    static void stop() throws Exception {
        browser.close();
        fleet.close();
    }

    @Test
    void recordsFollowTheRealNamingOfEachGeneration() {
        SimulatedDevice gen1 = fleet.devices().get(0);
        SimulatedDevice gen2 = fleet.devices().get(1);
        assertThat(gen1.mdnsServices()).singleElement().satisfies(service -> {
            assertThat(service.type()).isEqualTo(MdnsRecords.HTTP);
            assertThat(service.instance()).isEqualTo(gen1.id()).startsWith("shelly1-").endsWith(gen1.mac());
            assertThat(service.host()).isEqualTo(gen1.id().toLowerCase(java.util.Locale.ROOT));
            assertThat(service.txt()).containsEntry("arch", "esp8266").containsEntry("id", gen1.id())
                    .containsEntry("fw_id", gen1.firmwareId()).doesNotContainKey("gen");
        });
        assertThat(gen2.mdnsServices()).extracting(MdnsService::type).containsExactly(MdnsRecords.HTTP, MdnsRecords.SHELLY);
        MdnsService shelly = gen2.mdnsServices().get(1);
        assertThat(shelly.instance()).isEqualTo("ShellyPlus1PM-" + gen2.mac());
        assertThat(shelly.host()).isEqualTo(gen2.id()).isLowerCase();
        assertThat(shelly.txt()).containsEntry("gen", "2").containsEntry("app", "Plus1PM").containsEntry("arch", "esp32");
        assertThat(fleet.devices().get(2).mdnsServices().getFirst().txt()).containsEntry("gen", "4");
    }

    @Test
    void aBrowseOnLoopbackFindsEveryDeviceWithItsAddressPortAndTxt() {
        for (SimulatedDevice device : fleet.devices()) {
            for (MdnsService expected : device.mdnsServices()) {
                await().atMost(Duration.ofSeconds(20)).until(() -> find(expected) != null);
                ServiceInfo found = find(expected);
                assertThat(found.getServer()).isEqualTo(expected.host() + ".local.");
                assertThat(found.getPort()).isEqualTo(device.port());
                assertThat(Arrays.stream(found.getInet4Addresses()).map(InetAddress::getHostAddress))
                        .contains(device.host());
                for (Map.Entry<String, String> entry : expected.txt().entrySet()) {
                    assertThat(found.getPropertyString(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
                }
            }
        }
    }

    private static ServiceInfo find(MdnsService expected) {
        List<ServiceInfo> all = Arrays.asList(browser.list(expected.type(), 500));
        return all.stream().filter(s -> s.getName().equals(expected.instance())).findFirst().orElse(null);
    }
}
