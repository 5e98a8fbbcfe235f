package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import org.shellymanager.testsupport.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * Offline detection with the server's clock moved by hand: the scheduler polls what is due by that clock, so each
 * step of 30 s is exactly one poll per device.
 */
class OfflineDetectionTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);

    @Test
    void marksADeviceOfflineAfterThreeMissedPollsWithoutDelayingTheOthersAndOnlineOnItsFirstAnswer() {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 1).add("SHSW-1", 1)
                .add("SHHT-1", 1).build());
             RunningServer server = RunningServer.start(TestClock.ARG, "--shelly-manager.telemetry.interval=30s",
                     "--shelly-manager.telemetry.jitter=0s", "--shelly-manager.telemetry.backoff-max=1m")) {
            SimulatedDevice dead = fleet.devices().get(0);
            SimulatedDevice healthy = fleet.devices().get(1);
            SimulatedDevice sleeper = fleet.devices().get(2);
            String deadId = Devices.add(server, dead);
            String healthyId = Devices.add(server, healthy);
            String sleeperId = Devices.add(server, sleeper);
            for (String id : new String[] {deadId, healthyId, sleeperId}) {
                assertThat(status(server, id).path("state").asString()).isEqualTo("UNKNOWN");
            }
            step(server, deadId, healthyId, sleeperId);
            assertThat(status(server, deadId).path("state").asString()).isEqualTo("ONLINE");
            Instant lastAnswer = TestClock.CLOCK.instant();

            dead.injectFault(new Fault.NoAnswer());
            sleeper.injectFault(new Fault.Refused());
            for (int missed = 1; missed <= 3; missed++) {
                step(server, deadId, healthyId, sleeperId);
                JsonNode status = status(server, deadId);
                assertThat(status.path("missedPolls").asInt()).isEqualTo(missed);
                assertThat(status.path("state").asString()).isEqualTo(missed < 3 ? "ONLINE" : "OFFLINE");
                assertThat(status(server, healthyId).path("state").asString()).isEqualTo("ONLINE");
            }
            JsonNode offline = status(server, deadId);
            assertThat(offline.path("error").asString()).isEqualTo("timeout");
            assertThat(Duration.between(lastAnswer, Instant.parse(offline.path("stateSince").asString())))
                    .isEqualTo(INTERVAL.multipliedBy(3)).isLessThan(Duration.ofMinutes(2));
            JsonNode asleep = status(server, sleeperId);
            assertThat(asleep.path("state").asString()).isEqualTo("ASLEEP");
            assertThat(asleep.path("lastReport").asString()).isEqualTo(lastAnswer.toString());
            assertThat(asleep.path("ageSeconds").asLong()).isEqualTo(90);
            assertThat(TelemetryServerTest.value(asleep, "humidity:0", "humidity")).isNotNull();
            await().atMost(Duration.ofSeconds(20)).until(() -> listed(server, "false").equals(List.of(deadId)));
            assertThat(listed(server, "true")).containsExactlyInAnyOrder(healthyId, sleeperId);

            dead.clearFaults();
            TestClock.CLOCK.advance(Duration.ofMinutes(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> status(server, deadId).path("state").asString().equals("ONLINE"));
            assertThat(status(server, deadId).path("missedPolls").asInt()).isZero();
            await().atMost(Duration.ofSeconds(20)).until(() -> listed(server, "false").isEmpty());
        }
    }

    /** Moves the clock one interval on and waits until every device was polled at the new time. */
    private static void step(RunningServer server, String... deviceIds) {
        TestClock.CLOCK.advance(INTERVAL);
        String now = TestClock.CLOCK.instant().toString();
        for (String id : deviceIds) {
            await().atMost(Duration.ofSeconds(60)).until(() -> now.equals(status(server, id).path("lastAttempt").asString()));
        }
    }

    /** The ids the device list answers with for {@code online=true|false}. */
    private static List<String> listed(RunningServer server, String online) {
        JsonNode items = server.get("/api/v1/devices?online=" + online).body().path("items");
        return items.valueStream().map(d -> d.path("id").asString()).toList();
    }

    private static JsonNode status(RunningServer server, String id) {
        return server.get("/api/v1/devices/" + id + "/status").body();
    }
}
