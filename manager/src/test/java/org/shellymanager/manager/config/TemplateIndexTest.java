package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;

/** {@code ${index}} in a template is the device's 1-based position in the inventory ordered by MAC. */
class TemplateIndexTest {

    @RegisterExtension
    static final FleetServer FLEET = new FleetServer(FleetSpec.builder()
            .add("SNSW-001P16EU", 2).add("SHSW-1", 1).add("S3SW-001P16EU", 1).build());

    @Test
    void rendersEachDevicesPositionInMacOrder() {
        RunningServer server = FLEET.server();
        assertThat(server.post("/api/v1/config/templates",
                "{\"name\": \"numbered\", \"settings\": {\"sntp\": {\"server\": \"ntp-${index}.home.arpa\"}}}").status())
                .isEqualTo(201);
        List<String> byMac = FLEET.ids().stream()
                .sorted(Comparator.comparing(id -> server.get("/api/v1/devices/" + id).body().path("mac").asString()))
                .toList();

        for (int position = 1; position <= byMac.size(); position++) {
            String id = byMac.get(position - 1);
            assertThat(server.post("/api/v1/config/devices/" + id + "/pull", "").status()).isEqualTo(200);
            String sntp = server.get("/api/v1/config/templates/numbered/preview/" + id).body().path("values").valueStream()
                    .filter(v -> v.path("field").asString().endsWith("sntp.server"))
                    .map(v -> v.path("value").asString()).findFirst().orElseThrow();
            assertThat(sntp).as(id).isEqualTo("ntp-" + position + ".home.arpa");
        }
    }
}
