package org.shellymanager.manager.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * The database-outage scenario: the server's own PostgreSQL stops for a while during polling and
 * during a sync job, and starts again. The server keeps running and says it is not ready while the database is
 * away, history samples of polls made in that time are kept in memory up to the buffer limit and the newest of them
 * written once it is back, the older ones dropped and counted (the rule as the telemetry writer has it), the server is
 * ready again without a restart, and the sync job ends in a state that matches its results.
 */
class DatabaseOutageTest {

    /** 12 s in the test suite; {@code bench/run.sh} runs the long form, 30 s, with {@code -Dresilience.outage-seconds=30}. */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("resilience.outage-seconds", 12));
    /**
     * The three devices outside the sync, polled every second, give well over this many points in the outage. Only
     * changed readings become points (mostly the simulator's voltage and temperature wobble, a few a second across
     * the fleet, not the dozens of readings each round of polls reads), so the limit is small enough to be passed in
     * the first seconds of the outage.
     */
    private static final int BUFFER_LIMIT = 5;
    /** The slowed-down devices the sync job works on; a device busy with a sync is not polled, the others are. */
    private static final String SYNCED_MODEL = "SHSW-PM";
    private static final String SETTINGS = "{\"sntp\":{\"server\":\"pool.ntp.org\"}}";

    @Test
    void theServerRidesOutADatabaseRestartDuringPollingAndASyncJob() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.start();
             SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-PM", 3).add("SNSW-001P16EU", 3).build());
             RunningServer server = RunningServer.start(with(postgres.serverArgs(), "--shelly-manager.telemetry.interval=1s",
                     "--shelly-manager.telemetry.jitter=0s", "--shelly-manager.telemetry.inventory-refresh=2s",
                     "--shelly-manager.telemetry.history.sample-interval=1s",
                     "--shelly-manager.telemetry.history.flush-interval=200ms",
                     "--shelly-manager.telemetry.history.buffer-limit=" + BUFFER_LIMIT, "--shelly-manager.config.drift-interval=0",
                     "--shelly-manager.config.sync-concurrency=1"))) {
            List<String> ids = new ArrayList<>();
            for (SimulatedDevice device : fleet.devices()) {
                ids.add(server.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"}").body().path("id").asString());
                server.post("/api/v1/config/devices/" + ids.getLast() + "/pull", "");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> samplesBetween(postgres, Instant.EPOCH, Instant.now()) > 0);
            assertThat(server.put("/api/v1/config/defaults", SETTINGS).status()).isEqualTo(200);
            List<SimulatedDevice> synced = fleet.devices().stream().filter(d -> d.model().equals(SYNCED_MODEL)).toList();
            synced.forEach(d -> d.injectFault(new Fault.Latency(Duration.ofMillis(1500))));
            String job = server.post("/api/v1/config/sync", "{\"model\":\"" + SYNCED_MODEL + "\"}").body().path("id").asString();

            Instant down = Instant.now();
            postgres.down();
            await().atMost(Duration.ofSeconds(30)).until(() -> readiness(server) == 503);
            ManagerJvm.sleep(OUTAGE);
            assertThat(liveness(server)).as("liveness while the database is away").isEqualTo(200);
            Instant up = Instant.now();
            // No answers until the server has reconnected, so the newest samples in the buffer are of the outage: each
            // poll waits for its timeout, too few are missed for a device to go offline (which would be a sample too).
            fleet.devices().forEach(d -> {
                d.clearFaults();
                d.injectFault(new Fault.Latency(Duration.ofMinutes(1)));
            });
            postgres.up();

            await().atMost(Duration.ofSeconds(60)).until(() -> readiness(server) == 200);
            fleet.devices().forEach(SimulatedDevice::clearFaults);
            Instant recovered = Instant.now();
            await().atMost(Duration.ofSeconds(60)).until(() -> samplesBetween(postgres, recovered, Instant.now().plusSeconds(60)) > 0);
            assertThat(samplesBetween(postgres, down.plusSeconds(1), up))
                    .as("the newest samples of polls while the database was away, held in memory and written after")
                    .isBetween(1L, (long) BUFFER_LIMIT);
            assertThat(samplesBetween(postgres, down.plusSeconds(1), down.plus(OUTAGE.dividedBy(2))))
                    .as("the oldest samples of the outage, dropped past the buffer limit").isZero();
            assertThat(samplesBetween(postgres, up.minus(OUTAGE.dividedBy(4)), up))
                    .as("samples of polls made in the last quarter of the outage: polling went on").isPositive();
            assertThat(server.get("/actuator/prometheus").text())
                    .containsPattern("shelly_telemetry_dropped_total\\{kind=\"samples\"} [1-9]");
            JsonNode telemetryHealth = server.get("/actuator/health").body().path("components").path("telemetry");
            assertThat(telemetryHealth.path("status").asString()).as(telemetryHealth.toString()).isEqualTo("UP");
            assertThat(telemetryHealth.path("details").path("droppedSamples").asLong()).as(telemetryHealth.toString()).isPositive();

            await().atMost(Duration.ofMinutes(2)).until(() -> server.get("/api/v1/jobs/" + job).body().path("finishedAt").isString());
            JsonNode ended = server.get("/api/v1/jobs/" + job).body();
            assertThat(ended.path("state").asString()).as(ended.toString()).isIn("SUCCEEDED", "FAILED");
            assertThat(ended.path("progress").path("done").asInt()).isEqualTo(ended.path("resultCount").asInt());
        }
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static int readiness(RunningServer server) {
        return server.anonymous().send(server.request("/actuator/health/readiness").GET()).status();
    }

    private static int liveness(RunningServer server) {
        return server.anonymous().send(server.request("/actuator/health/liveness").GET()).status();
    }

    private static long samplesBetween(OwnPostgres postgres, Instant from, Instant to) throws Exception {
        try (Connection db = postgres.connect();
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM telemetry_points WHERE ts >= ? AND ts < ?")) {
            count.setLong(1, from.toEpochMilli());
            count.setLong(2, to.toEpochMilli());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
