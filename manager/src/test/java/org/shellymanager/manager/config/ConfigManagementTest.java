package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
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

    @RegisterExtension
    static final FleetServer LAB = new FleetServer(FleetSpec.builder()
            .add("SHSW-1", 1).add("SHSW-25", 1, d -> d.password("gen1-secret"))
            .add("SNSW-001P16EU", 1).add("SNSW-102P16EU", 1, d -> d.password("gen2-secret").firmware("2.0.0"))
            .add("S3SW-001P16EU", 1).add("S4SW-001X16EU", 1)
            .build(), "--shelly-manager.config.drift-interval=0").tagged("lab");

    @Test
    @Order(1)
    void pullsTheWholeConfigurationOfEveryGenerationAsAFirstSnapshot() {
        for (int i = 0; i < LAB.ids().size(); i++) {
            RunningServer.Reply pulled = LAB.server().post("/api/v1/config/devices/" + LAB.ids().get(i) + "/pull", "");
            assertThat(pulled.status()).as(pulled.body().toString()).isEqualTo(200);
            assertThat(pulled.body().path("version").asInt()).isEqualTo(1);
            assertThat(pulled.body().path("cause").asString()).isEqualTo("INITIAL");
            JsonNode sections = pulled.body().path("sections");
            assertThat(sections.has(LAB.fleet().devices().get(i).generation() == 1 ? "relays" : "switch:0")).isTrue();
            RunningServer.Reply again = LAB.server().post("/api/v1/config/devices/" + LAB.ids().get(i) + "/pull", "");
            assertThat(again.body().path("version").asInt()).as("unchanged configuration keeps its version").isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void rendersOneTemplateToEachGenerationsOwnFieldsAndReportsWhatDoesNotApply() {
        assertThat(LAB.server().put("/api/v1/config/secrets/mqtt", "{\"value\":\"mqtt-pass-1\"}").status()).isEqualTo(204);
        assertThat(LAB.server().post("/api/v1/config/templates", TEMPLATE).status()).isEqualTo(201);

        JsonNode gen1 = LAB.server().get("/api/v1/config/templates/lab/preview/" + LAB.ids().get(0)).body();
        assertThat(fields(gen1)).contains("relays.0.auto_off=120", "relays.0.default_state=\"off\"",
                "sntp.server=\"pool.ntp.org\"", "timezone=\"Europe/Vienna\"", "coiot.peer=\"127.0.0.9:5683\"",
                "mqtt.enable=true", "mqtt.pass={\"secret\":\"mqtt\"}");
        assertThat(gen1.path("problems").toString()).contains("ble.enabled").contains("no Bluetooth");

        JsonNode gen2 = LAB.server().get("/api/v1/config/templates/lab/preview/" + LAB.ids().get(2)).body();
        assertThat(fields(gen2)).contains("switch:0.auto_off=true", "switch:0.auto_off_delay=120",
                "switch:0.initial_state=\"off\"", "sys.sntp.server=\"pool.ntp.org\"", "sys.location.tz=\"Europe/Vienna\"",
                "ble.enable=false");
        assertThat(gen2.path("problems").toString()).contains("coiot.peer").contains("Gen1 only");

        JsonNode twoChannels = LAB.server().get("/api/v1/config/templates/lab/preview/" + LAB.ids().get(1)).body();
        assertThat(fields(twoChannels)).contains("relays.0.auto_off=120", "relays.1.auto_off=120");
    }

    @Test
    @Order(3)
    void dryRunListsTheExactCallsAndChangesNothing() {
        JsonNode plan = LAB.server().post("/api/v1/config/sync", "{\"tag\":\"lab\",\"dryRun\":true}").body();
        assertThat(plan.path("devices")).hasSize(LAB.ids().size());
        for (JsonNode device : plan.path("devices")) {
            assertThat(device.path("outcome").asString()).isEqualTo("PLANNED");
        }
        String calls = plan.path("devices").toString();
        assertThat(calls).contains("GET /settings/relay/0?auto_off=120")
                .contains("Switch.SetConfig {\\\"id\\\":0,\\\"config\\\":{").contains("mqtt_pass=****")
                .doesNotContain("mqtt-pass-1");
        assertThat(LAB.server().get("/api/v1/config/devices/" + LAB.ids().get(0) + "/snapshots").body().path("total").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void syncAppliesTheDifferenceAndLeavesNoDrift() {
        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"tag\":\"lab\"}").body());

        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        for (JsonNode result : job.path("results")) {
            assertThat(result.path("outcome").asString()).as(result.toString()).isEqualTo("APPLIED");
        }
        JsonNode report = LAB.server().post("/api/v1/config/drift", "{\"tag\":\"lab\"}").body();
        assertThat(report.path("checked").asInt()).isEqualTo(LAB.ids().size());
        assertThat(report.path("drifted").asInt()).as(report.toString()).isZero();
        JsonNode history = LAB.server().get("/api/v1/config/devices/" + LAB.ids().get(2) + "/snapshots").body();
        assertThat(history.path("items").get(0).path("cause").asString()).isEqualTo("MANAGER_SYNC");
    }

    @Test
    @Order(5)
    void aChangeMadeOnTheDeviceItselfIsSeenAsDriftWithAFieldDiffAndSyncFixesIt() {
        ConfigFleet.changeDirectly(LAB.fleet().devices().get(0), "/settings/relay/0?auto_off=7", null, null);
        ConfigFleet.changeDirectly(LAB.fleet().devices().get(4), null, "Switch.SetConfig", "{\"id\":0,\"config\":{\"auto_off_delay\":7}}");

        JsonNode report = LAB.server().post("/api/v1/config/drift", "{\"tag\":\"lab\"}").body();
        assertThat(report.path("drifted").asInt()).isEqualTo(2);
        assertThat(report.path("entries").toString()).contains("relays.0.auto_off").contains("switch:0.auto_off_delay");
        assertThat(LAB.server().get("/api/v1/config/drift/reports/latest").body().path("id").asString())
                .isEqualTo(report.path("id").asString());

        JsonNode diff = LAB.server().get("/api/v1/config/devices/" + LAB.ids().get(4) + "/diff").body();
        assertThat(diff.path("changes").toString()).contains("switch:0.auto_off_delay");
        JsonNode history = LAB.server().get("/api/v1/config/devices/" + LAB.ids().get(4) + "/snapshots").body();
        assertThat(history.path("items").get(0).path("cause").asString()).isEqualTo("DEVICE_CHANGE");

        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"tag\":\"lab\"}").body());
        List<String> outcomes = new ArrayList<>();
        job.path("results").forEach(r -> outcomes.add(r.path("outcome").asString()));
        assertThat(outcomes).containsOnly("APPLIED", "IN_SYNC").contains("APPLIED");
        assertThat(LAB.server().post("/api/v1/config/drift", "{\"tag\":\"lab\"}").body().path("drifted").asInt()).isZero();
    }

    @Test
    @Order(6)
    void badTemplatesAreRefusedWithEveryProblemNamed() {
        RunningServer.Reply refused = LAB.server().post("/api/v1/config/templates", """
                {"name": "bad", "settings": {"switches": {"*": {"autoOff": "soon"}}, "wifi": {"sta": {"password": "plain"}},
                 "name": "${nickname}", "colour": "red"}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("template.invalid");
        assertThat(refused.body().path("errors")).hasSize(4);
        assertThat(LAB.server().post("/api/v1/config/templates", TEMPLATE).code()).isEqualTo("template.duplicate");
        assertThat(LAB.server().get("/api/v1/config/templates/none").code()).isEqualTo("template.not-found");
    }

    private static List<String> fields(JsonNode preview) {
        List<String> out = new ArrayList<>();
        preview.path("values").forEach(v -> out.add(v.path("field").asString() + "=" + v.path("value")));
        return out;
    }
}
