package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import org.shellymanager.testsupport.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * The Gen2+ WebSocket push path against the simulator, with the server's clock moved by hand so that no poll can
 * happen unless the test moves the clock (or the socket drops): changes arrive through the socket, polling slows
 * down while it is open and comes back at once when it drops; input events of both generations land in history.
 */
class PushTelemetryTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Duration PUSH_POLL = Duration.ofMinutes(5);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void mergesPushedChangesSlowsPollingWhileTheSocketIsOpenAndPollsAtOnceWhenItDrops() {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-001P16EU", 1).add("SHSW-1", 1)
                .build());
             RunningServer server = RunningServer.start(TestClock.ARG, "--shelly-manager.telemetry.interval=30s",
                     "--shelly-manager.telemetry.jitter=0s", "--shelly-manager.telemetry.push.enabled=true",
                     "--shelly-manager.telemetry.push.poll-interval=5m",
                     "--shelly-manager.telemetry.history.flush-interval=200ms")) {
            SimulatedDevice plus = fleet.devices().get(0);
            SimulatedDevice gen1 = fleet.devices().get(1);
            String plusId = Devices.add(server, plus);
            String gen1Id = Devices.add(server, gen1);
            for (String id : List.of(plusId, gen1Id)) {
                assertThat(status(server, id).path("state").asString()).isEqualTo("UNKNOWN");
            }
            step(server, plusId, gen1Id);
            await().atMost(WAIT).until(() -> status(server, plusId).path("pushing").asBoolean());
            assertThat(status(server, gen1Id).path("pushing").asBoolean()).isFalse();

            Instant plusDue = nextPoll(server, plusId);
            Instant gen1Due = nextPoll(server, gen1Id);
            Instant polled = step(server, plusId, gen1Id);
            assertThat(nextPoll(server, plusId)).isEqualTo(plusDue.plus(PUSH_POLL));
            assertThat(nextPoll(server, gen1Id)).isEqualTo(gen1Due.plus(INTERVAL));

            plus.setOutput(0, true);
            await().atMost(WAIT).until(() -> Double.valueOf(1.0).equals(TelemetryServerTest.value(status(server, plusId),
                    "switch:0", "output")));
            JsonNode pushed = status(server, plusId);
            assertThat(pushed.path("source").asString()).isEqualTo("push");
            assertThat(pushed.path("lastAttempt").asString()).isEqualTo(polled.toString());

            plus.inputEvent(0, "single_push");
            await().atMost(WAIT).until(() -> events(server, plusId).contains("input:0 single_push null"));

            gen1.inputEvent(0, "S");
            Instant later = step(server, gen1Id);
            await().atMost(WAIT).until(() -> events(server, gen1Id).equals(List.of("input:0 S 1")));
            assertThat(status(server, plusId).path("lastAttempt").asString()).as("not polled while pushing")
                    .isEqualTo(polled.toString());

            plus.reboot();
            await().atMost(WAIT).until(() -> status(server, plusId).path("lastAttempt").asString().equals(later.toString()));
            await().atMost(WAIT).until(() -> status(server, plusId).path("pushing").asBoolean());
        }
    }

    /** Moves the clock one interval on and waits until every device given was polled at the new time. */
    private static Instant step(RunningServer server, String... deviceIds) {
        TestClock.CLOCK.advance(INTERVAL);
        Instant now = TestClock.CLOCK.instant();
        for (String id : deviceIds) {
            await().atMost(WAIT).until(() -> now.toString().equals(status(server, id).path("lastAttempt").asString()));
        }
        return now;
    }

    private static Instant nextPoll(RunningServer server, String id) {
        return Instant.parse(status(server, id).path("nextPoll").asString());
    }

    private static JsonNode status(RunningServer server, String id) {
        return server.get("/api/v1/devices/" + id + "/status").body();
    }

    /** The device's stored input events as "channel event count". */
    private static List<String> events(RunningServer server, String id) {
        RunningServer.Reply reply = server.get("/api/v1/devices/" + id + "/events?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body().path("events").valueStream().map(e -> e.path("channel").asString() + " "
                + e.path("event").asString() + " " + (e.path("count").isNull() ? "null" : e.path("count").asInt())).toList();
    }
}
