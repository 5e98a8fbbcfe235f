package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.core.JacksonException;

class FaultTest {

    private static SimulatedFleet fleet;
    private static SimulatedDevice device;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 1).build());
        device = fleet.devices().getFirst();
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @AfterEach
    void clear() {
        device.clearFaults();
    }

    @Test
    void serverErrorAnswers500() {
        device.injectFault(new Fault.ServerError());
        assertThat(TestHttp.get(device.address(), "/shelly").statusCode()).isEqualTo(500);
    }

    @Test
    void rejectConfigRefusesTheNamedFieldWithInvalidArgumentAndChangesNothing() {
        device.injectFault(new Fault.RejectConfig("switch:0.auto_off_delay"));
        String refused = TestHttp.post(device.address(), "/rpc/Switch.SetConfig",
                "{\"id\":0,\"config\":{\"auto_off_delay\":9,\"name\":\"x\"}}").body();
        assertThat(refused).contains("-103").contains("auto_off_delay");
        String config = TestHttp.get(device.address(), "/rpc/Switch.GetConfig?id=0").body();
        assertThat(config).doesNotContain("\"name\":\"x\"");
        assertThat(TestHttp.post(device.address(), "/rpc/Switch.SetConfig", "{\"id\":0,\"config\":{\"name\":\"y\"}}")
                .body()).contains("restart_required");
    }

    @Test
    void malformedJsonDoesNotParse() {
        device.injectFault(new Fault.MalformedJson());
        String body = TestHttp.get(device.address(), "/shelly").body();
        assertThat(catchThrowable(() -> Yaml.MAPPER.readTree(body))).isInstanceOf(JacksonException.class);
    }

    @Test
    void truncatedJsonEndsEarly() {
        device.injectFault(new Fault.TruncatedJson());
        assertThat(catchThrowable(() -> TestHttp.get(device.address(), "/shelly"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void resetAndRefusedConnectionsFail() {
        device.injectFault(new Fault.Reset());
        assertThat(catchThrowable(() -> TestHttp.get(device.address(), "/shelly"))).isInstanceOf(UncheckedIOException.class);
        device.clearFaults();
        device.injectFault(new Fault.Refused());
        assertThat(catchThrowable(() -> TestHttp.get(device.address(), "/shelly"))).isInstanceOf(UncheckedIOException.class);
        device.clearFaults();
        assertThat(TestHttp.get(device.address(), "/shelly").statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedBodyIsStillValidJson() {
        device.injectFault(new Fault.OversizedBody(2_000_000));
        String body = TestHttp.get(device.address(), "/shelly").body();
        assertThat(body).hasSize(2_000_000);
        assertThat(Yaml.MAPPER.readTree(body).path("id").asString()).isEqualTo(device.id());
    }

    @Test
    void slowDripStillDeliversTheWholeBody() {
        device.injectFault(new Fault.SlowDrip(Duration.ofMillis(1)));
        assertThat(Yaml.MAPPER.readTree(TestHttp.get(device.address(), "/shelly").body()).path("mac").asString())
                .isEqualTo(device.mac());
    }

    @Test
    void nonceExhaustionAnswers429OnAuthenticatedDevices() {
        SimulatedFleet secured = SimulatedFleet.start(FleetSpec.builder()
                .add("SNSW-001P16EU", 1, d -> d.password("pw")).build());
        try {
            SimulatedDevice locked = secured.devices().getFirst();
            locked.injectFault(new Fault.NonceExhaustion());
            assertThat(TestHttp.get(locked.address(), "/rpc/Sys.GetStatus").statusCode()).isEqualTo(429);
        } finally {
            secured.close();
        }
    }
}
