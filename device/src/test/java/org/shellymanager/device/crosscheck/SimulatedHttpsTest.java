package org.shellymanager.device.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.CertificateMismatchException;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.transport.InMemoryCertificatePinStore;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/** The library pins a simulated device's self-signed certificate on first use and refuses it once it changes. */
class SimulatedHttpsTest {

    private final InMemoryCertificatePinStore pins = new InMemoryCertificatePinStore();
    private SimulatedFleet fleet;
    private SimulatedDevice device;
    private DeviceAddress https;

    @BeforeEach
    void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().rebootOffline(Duration.ofMillis(100))
                .add("SNSW-001P16EU", 1, d -> d.https().firmware("2.0.0").password(SimulatedCase.PASSWORD)).build());
        device = fleet.devices().getFirst();
        https = DeviceAddress.parse(device.findHttpsAddress().orElseThrow());
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    private ShellyDevices devices() {
        return ShellyDevices.create(ClientOptions.defaults().withHttpsPorts(Set.of(https.port())).withPinStore(pins)
                .withRetries(0));
    }

    @Test
    void pinsTheCertificateOnFirstUseAndLogsInOverHttps() {
        try (ShellyDevices devices = devices();
             ShellyClient client = devices.connect(https, Credentials.admin(SimulatedCase.PASSWORD))) {
            assertThat(client.identity().deviceId()).isEqualTo(device.id());
            assertThat(client.status().findSystem()).isPresent();
        }
        String pin = pins.findPin(https).orElseThrow();
        try (ShellyDevices devices = devices()) {
            assertThat(devices.identify(https).mac()).isEqualTo(device.mac());
        }
        assertThat(pins.findPin(https)).contains(pin);
    }

    @Test
    void refusesTheDeviceOnceItsCertificateChanged() {
        try (ShellyDevices devices = devices()) {
            devices.identify(https);
        }
        String pin = pins.findPin(https).orElseThrow();
        device.renewCertificate();
        device.reboot();

        try (ShellyDevices devices = devices()) {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptionsMatching(e -> !(e instanceof AssertionError))
                    .untilAsserted(() -> assertThatThrownBy(() -> devices.identify(https))
                            .isInstanceOf(CertificateMismatchException.class));
        }
        assertThat(pins.findPin(https)).contains(pin);
    }
}
