package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * Configuration management end to end on a simulated fleet of every generation: snapshots and diffs, a
 * template rendered per generation, drift after a change made on a device itself, and a sync that fixes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfigManagementTest {

    private static final String TEMPLATE = """
            {"name": "lab", "priority": 5, "assignTo": {"tags": ["lab"]},
             "settings": {"sntp": {"server": "pool.ntp.org"}, "timezone": "Europe/Vienna",
                          "switches": {"*": {"autoOff": 120, "initialState": "off"}},
                          "mqtt": {"enabled": true, "server": "127.0.0.9:1883", "password": {"secret": "mqtt"}},
                          "ble": {"enabled": false}, "coiot": {"peer": "127.0.0.9:5683"}}}
            """;

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static List<String> ids;

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SHSW-1", 1).add("SHSW-25", 1, d -> d.password("gen1-secret"))
                .add("SNSW-001P16EU", 1).add("SNSW-102P16EU", 1, d -> d.password("gen2-secret").firmware("2.0.0"))
                .add("S3SW-001P16EU", 1).add("S4SW-001X16EU", 1)
                .build());
        server = RunningServer.start("--shelly-manager.config.drift-interval=0");
        ids = ConfigFleet.register(server, fleet);
        for (String id : ids) {
            assertThat(server.patch("/api/v1/devices/" + id, "{\"tags\":[\"lab\"]}").status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void pullsTheWholeConfigurationOfEveryGenerationAsAFirstSnapshot() {
        for (int i = 0; i < ids.size(); i++) {
            RunningServer.Reply pulled = server.post("/api/v1/config/devices/" + ids.get(i) + "/pull", "");
            assertThat(pulled.status()).as(pulled.body().toString()).isEqualTo(200);
            assertThat(pulled.body().path("version").asInt()).isEqualTo(1);
            assertThat(pulled.body().path("cause").asString()).isEqualTo("INITIAL");
            JsonNode sections = pulled.body().path("sections");
            assertThat(sections.has(fleet.devices().get(i).generation() == 1 ? "relays" : "switch:0")).isTrue();
            RunningServer.Reply again = server.post("/api/v1/config/devices/" + ids.get(i) + "/pull", "");
            assertThat(again.body().path("version").asInt()).as("unchanged configuration keeps its version").isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void rendersOneTemplateToEachGenerationsOwnFieldsAndReportsWhatDoesNotApply() {
        assertThat(server.put("/api/v1/config/secrets/mqtt", "{\"value\":\"mqtt-pass-1\"}").status()).isEqualTo(204);
        assertThat(server.post("/api/v1/config/templates", TEMPLATE).status()).isEqualTo(201);

        JsonNode gen1 = server.get("/api/v1/config/templates/lab/preview/" + ids.get(0)).body();
        assertThat(fields(gen1)).contains("relays.0.auto_off=120", "relays.0.default_state=\"off\"",
                "sntp.server=\"pool.ntp.org\"", "timezone=\"Europe/Vienna\"", "coiot.peer=\"127.0.0.9:5683\"",
                "mqtt.enable=true", "mqtt.pass={\"secret\":\"mqtt\"}");
        assertThat(gen1.path("problems").toString()).contains("ble.enabled").contains("no Bluetooth");

        JsonNode gen2 = server.get("/api/v1/config/templates/lab/preview/" + ids.get(2)).body();
        assertThat(fields(gen2)).contains("switch:0.auto_off=true", "switch:0.auto_off_delay=120",
                "switch:0.initial_state=\"off\"", "sys.sntp.server=\"pool.ntp.org\"", "sys.location.tz=\"Europe/Vienna\"",
                "ble.enable=false");
        assertThat(gen2.path("problems").toString()).contains("coiot.peer").contains("Gen1 only");

        JsonNode twoChannels = server.get("/api/v1/config/templates/lab/preview/" + ids.get(1)).body();
        assertThat(fields(twoChannels)).contains("relays.0.auto_off=120", "relays.1.auto_off=120");
    }

    @Test
    @Order(3)
    void dryRunListsTheExactCallsAndChangesNothing() {
        JsonNode plan = server.post("/api/v1/config/sync", "{\"tag\":\"lab\",\"dryRun\":true}").body();
        assertThat(plan.path("devices")).hasSize(ids.size());
        for (JsonNode device : plan.path("devices")) {
            assertThat(device.path("outcome").asString()).isEqualTo("PLANNED");
        }
        String calls = plan.path("devices").toString();
        assertThat(calls).contains("GET /settings/relay/0?auto_off=120")
                .contains("Switch.SetConfig {\\\"id\\\":0,\\\"config\\\":{").contains("mqtt_pass=****")
                .doesNotContain("mqtt-pass-1");
        assertThat(server.get("/api/v1/config/devices/" + ids.get(0) + "/snapshots").body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void syncAppliesTheDifferenceAndLeavesNoDrift() {
        JsonNode job = ConfigFleet.awaitJob(server, server.post("/api/v1/config/sync", "{\"tag\":\"lab\"}").body());

        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        for (JsonNode result : job.path("results")) {
            assertThat(result.path("outcome").asString()).as(result.toString()).isEqualTo("APPLIED");
        }
        JsonNode report = server.post("/api/v1/config/drift", "{\"tag\":\"lab\"}").body();
        assertThat(report.path("checked").asInt()).isEqualTo(ids.size());
        assertThat(report.path("drifted").asInt()).as(report.toString()).isZero();
        JsonNode history = server.get("/api/v1/config/devices/" + ids.get(2) + "/snapshots").body();
        assertThat(history.path("items").get(0).path("cause").asString()).isEqualTo("MANAGER_SYNC");
    }

    @Test
    @Order(5)
    void aChangeMadeOnTheDeviceItselfIsSeenAsDriftWithAFieldDiffAndSyncFixesIt() {
        ConfigFleet.changeDirectly(fleet.devices().get(0), "/settings/relay/0?auto_off=7", null, null);
        ConfigFleet.changeDirectly(fleet.devices().get(4), null, "Switch.SetConfig", "{\"id\":0,\"config\":{\"auto_off_delay\":7}}");

        JsonNode report = server.post("/api/v1/config/drift", "{\"tag\":\"lab\"}").body();
        assertThat(report.path("drifted").asInt()).isEqualTo(2);
        assertThat(report.path("entries").toString()).contains("relays.0.auto_off").contains("switch:0.auto_off_delay");
        assertThat(server.get("/api/v1/config/drift/reports/latest").body().path("id").asString())
                .isEqualTo(report.path("id").asString());

        JsonNode diff = server.get("/api/v1/config/devices/" + ids.get(4) + "/diff").body();
        assertThat(diff.path("changes").toString()).contains("switch:0.auto_off_delay");
        JsonNode history = server.get("/api/v1/config/devices/" + ids.get(4) + "/snapshots").body();
        assertThat(history.path("items").get(0).path("cause").asString()).isEqualTo("DEVICE_CHANGE");

        JsonNode job = ConfigFleet.awaitJob(server, server.post("/api/v1/config/sync", "{\"tag\":\"lab\"}").body());
        List<String> outcomes = new ArrayList<>();
        job.path("results").forEach(r -> outcomes.add(r.path("outcome").asString()));
        assertThat(outcomes).containsOnly("APPLIED", "IN_SYNC").contains("APPLIED");
        assertThat(server.post("/api/v1/config/drift", "{\"tag\":\"lab\"}").body().path("drifted").asInt()).isZero();
    }

    @Test
    @Order(6)
    void badTemplatesAreRefusedWithEveryProblemNamed() {
        RunningServer.Reply refused = server.post("/api/v1/config/templates", """
                {"name": "bad", "settings": {"switches": {"*": {"autoOff": "soon"}}, "wifi": {"sta": {"password": "plain"}},
                 "name": "${nickname}", "colour": "red"}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("template.invalid");
        assertThat(refused.body().path("errors")).hasSize(4);
        assertThat(server.post("/api/v1/config/templates", TEMPLATE).code()).isEqualTo("template.duplicate");
        assertThat(server.get("/api/v1/config/templates/none").code()).isEqualTo("template.not-found");
    }

    private static List<String> fields(JsonNode preview) {
        List<String> out = new ArrayList<>();
        preview.path("values").forEach(v -> out.add(v.path("field").asString() + "=" + v.path("value")));
        return out;
    }
}
