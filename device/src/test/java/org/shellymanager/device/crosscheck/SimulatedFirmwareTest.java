package org.shellymanager.device.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.device.FirmwareUpdateInfo;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.UpdateTarget;

/** Every simulated model is offered the catalogue's stable firmware, installs it and comes back on it. */
class SimulatedFirmwareTest {

    private static SimulatedCaseFleet fleet;

    @BeforeAll
    static void start() {
        fleet = SimulatedCaseFleet.start(SimulatedCase.all());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    static List<SimulatedCase> cases() {
        return SimulatedCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checksForTheStableUpdateInstallsItAndComesBackOnIt(SimulatedCase c) {
        String expected = c.gen() == 1 ? SimulatedCaseFleet.NEW_GEN1_VERSION : SimulatedCaseFleet.NEW_RPC_VERSION;
        try (ShellyClient client = fleet.connect(c)) {
            FirmwareUpdateInfo offer = client.checkForUpdate();
            assertThat(offer.stableVersion()).isEqualTo(expected);
            assertThat(offer.currentVersion()).isNotEqualTo(expected);

            assertThat(client.startUpdate(UpdateTarget.stable())).isInstanceOf(RpcResult.Ok.class);
        }
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                assertThat(fleet.library().identify(fleet.address(c)).firmwareVersion()).isEqualTo(expected));
        try (ShellyClient client = fleet.connect(c)) {
            assertThat(client.checkForUpdate().stableVersion()).isNull();
        }
    }
}
