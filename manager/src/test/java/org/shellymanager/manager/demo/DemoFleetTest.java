package org.shellymanager.manager.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import tools.jackson.databind.JsonNode;

/** {@code serve --demo}: the simulated fleet is discovered at start, logins through the fleet default. */
class DemoFleetTest {

    @Test
    void firstRunShowsTheDemoFleet() {
        try (RunningServer server = RunningServer.start("--shelly-manager.demo=true")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode jobs = server.get("/api/v1/jobs?kind=DISCOVERY").body().path("items");
                return jobs.size() == 1 && jobs.get(0).path("state").asString().equals("SUCCEEDED");
            });

            JsonNode devices = server.get("/api/v1/devices?size=500").body();
            assertThat(devices.path("total").asInt()).isEqualTo(28);
            Set<Integer> generations = new HashSet<>();
            devices.path("items").forEach(d -> generations.add(d.path("generation").asInt()));
            assertThat(generations).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(server.get("/api/v1/devices?needsCredentials=true").body().path("total").asInt()).isZero();
            JsonNode networks = server.get("/api/v1/networks").body();
            assertThat(networks.get(0).path("name").asString()).isEqualTo(DemoFleet.NETWORK);
            assertThat(networks.get(0).path("targets").size()).isEqualTo(30);
        }
    }
}
