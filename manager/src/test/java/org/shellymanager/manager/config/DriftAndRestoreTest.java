package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.MutableClock;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import tools.jackson.databind.JsonNode;

/**
 * The scheduled drift run finds a change made directly on a device in its first run after the change, a drift
 * report lists the devices it could not read, and a snapshot restored onto a replacement device of the same model takes that device's own identifiers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DriftAndRestoreTest {

    private static final String SETTINGS = "{\"sntp\":{\"server\":\"pool.ntp.org\"},\"switches\":{\"*\":{\"autoOff\":90}}}";

    @RegisterExtension
    static final FleetServer LAB = new FleetServer(
            FleetSpec.builder().add("SHSW-1", 1).add("SNSW-001P16EU", 2).add("S3SW-001P16EU", 1).build(),
            "--shelly-manager.config.drift-interval=0", "--shelly-manager.telemetry.enabled=false");

    @Test
    @Order(1)
    void theScheduledRunAfterADirectChangeReportsIt() {
        assertThat(LAB.server().put("/api/v1/config/defaults", SETTINGS).status()).isEqualTo(200);
        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"all\":true}").body());
        job.path("results").forEach(r -> assertThat(r.path("outcome").asString()).as(r.toString()).isEqualTo("APPLIED"));
        DriftService drift = LAB.server().bean(DriftService.class);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
        ScheduledDrift scheduled = new ScheduledDrift(drift, new ConfigProperties(4, Duration.ofMinutes(15),
                Duration.ofSeconds(10), RestartPolicy.LATER, 3, Duration.ofSeconds(1)), clock);

        ConfigFleet.changeDirectly(LAB.fleet().devices().get(3), null, "Sys.SetConfig", "{\"config\":{\"sntp\":{\"server\":\"10.1.1.1\"}}}");
        clock.advance(Duration.ofMinutes(14));
        scheduled.tick();
        assertThat(drift.latest()).as("not due yet").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        scheduled.tick();

        DriftReport report = drift.latest().orElseThrow();
        assertThat(report.trigger()).isEqualTo("schedule");
        assertThat(report.checked()).isEqualTo(LAB.ids().size());
        assertThat(report.drifted()).isEqualTo(1);
        assertThat(report.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.deviceId()).isEqualTo(LAB.ids().get(3));
            assertThat(entry.field()).isEqualTo("sys.sntp.server");
            assertThat(entry.actual()).isEqualTo("\"10.1.1.1\"");
        });
    }

    @Test
    @Order(2)
    void aDriftReportListsTheDevicesItCouldNotReach() {
        LAB.fleet().devices().get(0).injectFault(new Fault.Refused());
        try {
            JsonNode report = LAB.server().post("/api/v1/config/drift", "{\"all\":true}").body();
            assertThat(report.path("failed").asInt()).isEqualTo(1);
            assertThat(report.path("unreached")).singleElement().satisfies(device -> {
                assertThat(device.path("deviceId").asString()).isEqualTo(LAB.ids().getFirst());
                assertThat(device.path("reason").asString()).startsWith("not reached");
            });
            assertThat(LAB.server().get("/api/v1/config/drift/reports/" + report.path("id").asString()).body().path("unreached"))
                    .hasSize(1);
        } finally {
            LAB.fleet().devices().get(0).clearFaults();
        }
    }

    @Test
    @Order(3)
    void restoresASnapshotOntoAReplacementOfTheSameModelWithItsOwnIdentifiers() {
        String source = LAB.ids().get(1);
        String replacement = LAB.ids().get(2);
        ConfigFleet.changeDirectly(LAB.fleet().devices().get(1), null, "Sys.SetConfig", "{\"config\":{\"device\":{\"name\":\"Hall light\"}}}");
        ConfigFleet.changeDirectly(LAB.fleet().devices().get(1), null, "Switch.SetConfig", "{\"id\":0,\"config\":{\"initial_state\":\"on\"}}");
        JsonNode snapshot = LAB.server().post("/api/v1/config/devices/" + source + "/pull", "").body();

        JsonNode plan = LAB.server().post("/api/v1/config/restore", "{\"snapshotId\":\"" + snapshot.path("id").asString()
                + "\",\"deviceId\":\"" + replacement + "\",\"dryRun\":true}").body();
        String planned = plan.toString();
        assertThat(planned).contains("sys.device.name").contains("switch:0.initial_state")
                .as("identifiers are the replacement's own, so they are not written").doesNotContain("topic_prefix")
                .doesNotContain("client_id");

        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/restore", "{\"snapshotId\":\""
                + snapshot.path("id").asString() + "\",\"deviceId\":\"" + replacement + "\"}").body());
        assertThat(job.path("results").get(0).path("outcome").asString()).as(job.toString()).isEqualTo("APPLIED");
        JsonNode restored = LAB.server().post("/api/v1/config/devices/" + replacement + "/pull", "").body().path("sections");
        assertThat(restored.path("sys").path("device").path("name").asString()).isEqualTo("Hall light");
        assertThat(restored.path("switch:0").path("initial_state").asString()).isEqualTo("on");
        assertThat(restored.path("mqtt").path("topic_prefix").asString()).isEqualTo(LAB.fleet().devices().get(2).id());
        assertThat(restored.path("mqtt").path("client_id").asString()).isEqualTo(LAB.fleet().devices().get(2).id());
        assertThat(LAB.server().get("/api/v1/config/devices/" + replacement + "/snapshots").body().path("items").get(0)
                .path("cause").asString()).isEqualTo("RESTORE");

        assertThat(LAB.server().post("/api/v1/config/restore", "{\"snapshotId\":\"" + snapshot.path("id").asString()
                + "\",\"deviceId\":\"" + LAB.ids().get(3) + "\"}").code()).isEqualTo("config.model-mismatch");
    }
}
