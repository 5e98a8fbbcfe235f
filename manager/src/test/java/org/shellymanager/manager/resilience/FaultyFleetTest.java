package org.shellymanager.manager.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * The small form of the faulty-fleet resilience scenario (the 30-minute soak is in {@code bench}): a tenth of a
 * fleet polled every 2 s misbehaves in every way the simulator knows, and the healthy devices never miss a poll nor
 * fall behind, while the server's platform threads and open files stay where they were after the first rounds.
 */
class FaultyFleetTest {

    private static final Duration INTERVAL = Duration.ofSeconds(2);
    /** Five intervals: a healthy device held up behind a faulty one (15 s per dead poll) would exceed it. */
    private static final Duration HEALTHY_AGE = INTERVAL.multipliedBy(5);
    private static final List<Fault> FAULTS = List.of(new Fault.NoAnswer(), new Fault.Reset(), new Fault.ServerError(),
            new Fault.MalformedJson(), new Fault.OversizedBody(4 * 1024 * 1024), new Fault.SlowDrip(Duration.ofMillis(20)),
            new Fault.Flapping(Duration.ofMillis(1500), Duration.ofMillis(2500)));

    @Test
    void healthyDevicesStayOnTimeAndNothingLeaksWhileATenthOfTheFleetMisbehaves() throws IOException {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().add("SHSW-PM", 24).add("SNSW-001P16EU", 23)
                .add("S3SW-001P16EU", 23).build());
             RunningServer server = RunningServer.start("--shelly-manager.telemetry.interval=" + INTERVAL.toSeconds() + "s",
                     "--shelly-manager.telemetry.jitter=0s", "--shelly-manager.telemetry.history.flush-interval=500ms")) {
            Map<String, SimulatedDevice> byId = new HashMap<>();
            for (SimulatedDevice device : fleet.devices()) {
                RunningServer.Reply added = server.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"}");
                assertThat(added.status()).as(added.text()).isEqualTo(201);
                byId.put(added.body().path("id").asString(), device);
            }
            List<String> faulty = new ArrayList<>();
            List<String> healthy = new ArrayList<>();
            int next = 0;
            for (Map.Entry<String, SimulatedDevice> entry : byId.entrySet()) {
                if (next < FAULTS.size() * 10 && next % 10 == 0) {
                    entry.getValue().injectFault(FAULTS.get(next / 10));
                    faulty.add(entry.getKey());
                } else {
                    healthy.add(entry.getKey());
                }
                next++;
            }
            assertThat(faulty).hasSize(FAULTS.size());
            await().atMost(Duration.ofSeconds(60)).until(() -> healthy.stream().allMatch(id -> state(server, id).equals("ONLINE")));

            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long files = openFiles();
            long pollsBefore = polls(server);
            List<String> behind = new ArrayList<>();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonNode statuses = server.get("/api/v1/telemetry/status?size=500").body().path("items");
                for (JsonNode status : statuses) {
                    String id = status.path("deviceId").asString();
                    if (healthy.contains(id) && !healthyAndRecent(status)) {
                        behind.add(id + " " + status);
                    }
                }
                return polls(server) >= pollsBefore + 10L * fleet.devices().size();
            });

            assertThat(behind).as("healthy devices that missed a poll or fell behind").isEmpty();
            Set<String> reasons = Set.of("timeout", "unreachable", "malformed", "rejected");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(faulty.stream()
                    .filter(id -> !(byId.get(id).faults().getFirst() instanceof Fault.Flapping))
                    .map(id -> server.get("/api/v1/devices/" + id + "/status").body().path("error").asString(""))).allMatch(reasons::contains));
            assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).as("platform threads").isLessThanOrEqualTo(threads + 10);
            assertThat(openFiles()).as("open file descriptors").isLessThanOrEqualTo(files + 40);
        }
    }

    private static boolean healthyAndRecent(JsonNode status) {
        String last = status.path("lastReport").asString("");
        return status.path("state").asString().equals("ONLINE") && status.path("missedPolls").asInt() == 0 && !last.isEmpty()
                && Duration.between(Instant.parse(last), Instant.now()).compareTo(HEALTHY_AGE) < 0;
    }

    private static String state(RunningServer server, String id) {
        return server.get("/api/v1/devices/" + id + "/status").body().path("state").asString();
    }

    private static long polls(RunningServer server) {
        JsonNode summary = server.get("/api/v1/telemetry").body();
        return summary.path("pollsOnTime").asLong() + summary.path("pollsLate").asLong();
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/proc/self/fd"))) {
            return entries.count();
        }
    }
}
