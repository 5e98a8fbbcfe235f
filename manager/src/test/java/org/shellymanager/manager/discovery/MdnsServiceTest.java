package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.jmdns.ServiceInfo;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;

class MdnsServiceTest {

    private static MdnsService http(String name, String server, Map<String, String> text) {
        return new MdnsService(MdnsBrowser.HTTP_SERVICE, name, server, text, List.of("192.168.1.20"), 80);
    }

    @Test
    void everyShellyServiceInstanceIsACandidate() {
        var service = new MdnsService(MdnsBrowser.SHELLY_SERVICE, "My Kitchen Plug", "", Map.of(), List.of("192.168.1.20"), 80);

        assertThat(service.looksLikeShelly()).isTrue();
    }

    @Test
    void httpInstancesNamedLikeShellyHostsAreCandidates() {
        assertThat(http("shelly1pm-84CCA8ADD2E1", "", Map.of()).looksLikeShelly()).isTrue();
        assertThat(http("ShellyPlus2PM-A8032AB12345", "", Map.of()).looksLikeShelly()).isTrue();
        assertThat(http("Living room", "shellyplug-s-7A1B2C.local.", Map.of()).looksLikeShelly()).isTrue();
    }

    @Test
    void httpInstancesWithGen2TextRecordsAreCandidatesWhateverTheirName() {
        assertThat(http("Garage door", "garage.local.", Map.of("gen", "2", "app", "Plus1", "ver", "1.4.4")).looksLikeShelly())
                .isTrue();
    }

    @Test
    void otherHttpServicesAreNotCandidates() {
        assertThat(http("Brother HL-L2350DW", "printer.local.", Map.of("ty", "Brother")).looksLikeShelly()).isFalse();
        assertThat(http("nas", "nas.local.", Map.of("gen", "7")).looksLikeShelly()).isFalse();
    }

    @Test
    void candidateIsReachedOnItsAdvertisedPortOrPort80() {
        var onPort = new MdnsService(MdnsBrowser.SHELLY_SERVICE, "x", "", Map.of(), List.of("10.0.0.5", "10.0.0.6"), 8080);
        var withoutPort = new MdnsService(MdnsBrowser.SHELLY_SERVICE, "x", "", Map.of(), List.of("10.0.0.5"), 0);

        assertThat(onPort.addresses()).containsExactly(new DeviceAddress("10.0.0.5", 8080), new DeviceAddress("10.0.0.6", 8080));
        assertThat(withoutPort.addresses()).containsExactly(new DeviceAddress("10.0.0.5", 80));
    }

    @Test
    void serviceInfoIsReadWithLowerCaseTextKeys() {
        ServiceInfo info = ServiceInfo.create(MdnsBrowser.HTTP_SERVICE, "shellyplus1-a8032ab12345", 80, 0, 0,
                Map.of("GEN", "2", "App", "Plus1"));

        MdnsService service = MdnsService.of(info);

        assertThat(service.name()).isEqualTo("shellyplus1-a8032ab12345");
        assertThat(service.text()).containsEntry("gen", "2").containsEntry("app", "Plus1");
        assertThat(service.ipv4()).isEmpty();
        assertThat(service.addresses()).isEmpty();
    }
}
