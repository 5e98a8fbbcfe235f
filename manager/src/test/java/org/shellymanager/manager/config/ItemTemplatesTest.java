package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import tools.jackson.databind.JsonNode;

/**
 * Templates that set scripts, schedule jobs and webhooks on a simulated fleet of every generation: Gen1 reports
 * them as unsupported, a dry run lists the exact calls, a sync creates them, a script changed on the device is
 * drift and sync puts it right, unmanaged items stay unless the list is exclusive, and a run the device refuses
 * half-way is put back, items included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ItemTemplatesTest {

    private static final String LONG_CODE = "// night light\n" + "let level = 0;\n".repeat(100);
    private static final String SETTINGS = """
            {"scripts": {"items": [{"name": "night", "code": %s, "enable": true, "running": true}]},
             "schedules": {"items": [{"timespec": "0 0 23 * * *", "calls": [{"method": "Switch.Set", "params": {"id": 0, "on": false}}]}]},
             "webhooks": {"items": [{"name": "on-hook", "event": "switch.on", "urls": ["http://127.0.0.9/on"]}]}}
            """;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final FleetServer LAB = new FleetServer(
            FleetSpec.builder().add("SHSW-1", 1).add("SNSW-001P16EU", 1).add("S3SW-001P16EU", 1).build(),
            "--shelly-manager.config.drift-interval=0", "--shelly-manager.telemetry.enabled=false").tagged("items");

    @Test
    @Order(1)
    void refusesBadItemsWithWhatIsWrong() {
        RunningServer.Reply refused = LAB.server().post("/api/v1/config/templates", template("bad", """
                {"scripts": {"items": [{"name": "a", "code": "x"}, {"name": "a", "code": "y"}]},
                 "schedules": {"items": [{"timespec": "8 o'clock", "calls": [{"method": "Switch.Set"}]}]},
                 "webhooks": {"items": [{"name": "h", "event": "switch.on", "urls": ["http://x"], "colour": "red"},
                                          {"name": "g", "event": "switch.on", "urls": ["ftp://x"]}]}}"""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("template.invalid");
        assertThat(refused.body().path("errors").toString())
                .contains("settings.scripts.items").contains("item 2 has the same name as an earlier one")
                .contains("settings.schedules.items").contains("property 'timespec' must be six cron fields")
                .contains("settings.webhooks.items").contains("unknown property 'colour'; known: name, event, cid, urls");
    }

    @Test
    @Order(2)
    void gen1ReportsTheListsAsUnsupportedAndTheDryRunListsTheExactCalls() {
        installScriptOnDevice(LAB.fleet().devices().get(1), "mine");
        assertThat(LAB.server().post("/api/v1/config/templates", template("automation", SETTINGS.formatted(quoted(LONG_CODE))))
                .status()).isEqualTo(201);

        assertThat(LAB.server().post("/api/v1/config/devices/" + LAB.ids().get(0) + "/pull", "").status()).isEqualTo(200);
        JsonNode gen1 = LAB.server().get("/api/v1/config/templates/automation/preview/" + LAB.ids().get(0)).body();
        assertThat(gen1.path("problems").toString()).contains("scripts.items").contains("Gen1 devices cannot run scripts")
                .contains("schedules.items").contains("webhooks.items").contains("not as schedule jobs");

        JsonNode plan = LAB.server().post("/api/v1/config/sync", "{\"tag\":\"items\",\"dryRun\":true}").body();
        assertThat(of(plan.path("devices"), LAB.ids().get(0)).path("outcome").asString()).isEqualTo("IN_SYNC");
        String calls = of(plan.path("devices"), LAB.ids().get(1)).path("calls").toString();
        assertThat(calls).contains("Script.Create {\\\"name\\\":\\\"night\\\"}; then on the new id: Script.PutCode {\\\"code\\\":")
                .contains("\\\"append\\\":true").contains("then on the new id: Script.SetConfig {\\\"config\\\":{\\\"enable\\\":true}}")
                .contains("then on the new id: Script.Start {}")
                .contains("Schedule.Create {\\\"timespec\\\":\\\"0 0 23 * * *\\\",\\\"calls\\\":[{\\\"method\\\":\\\"Switch.Set\\\"")
                .contains("Webhook.Create {\\\"cid\\\":0,\\\"name\\\":\\\"on-hook\\\",\\\"event\\\":\\\"switch.on\\\"")
                .as("an unmanaged script is left alone").doesNotContain("Script.Delete");
        assertThat(rpc(LAB.fleet().devices().get(1), "Schedule.List").path("jobs")).isEmpty();
    }

    @Test
    @Order(3)
    void syncCreatesTheItemsAndLeavesUnmanagedOnesAlone() {
        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"tag\":\"items\"}").body());
        assertThat(of(job.path("results"), LAB.ids().get(1)).path("outcome").asString()).as(job.toString()).isEqualTo("APPLIED");
        assertThat(of(job.path("results"), LAB.ids().get(2)).path("outcome").asString()).as(job.toString()).isEqualTo("APPLIED");

        for (SimulatedDevice device : LAB.fleet().devices().subList(1, 3)) {
            JsonNode night = script(device, "night");
            assertThat(night.path("enable").asBoolean()).isTrue();
            assertThat(night.path("running").asBoolean()).isTrue();
            assertThat(code(device, night.path("id").asInt())).isEqualTo(LONG_CODE);
            assertThat(rpc(device, "Schedule.List").path("jobs")).singleElement().satisfies(j -> {
                assertThat(j.path("timespec").asString()).isEqualTo("0 0 23 * * *");
                assertThat(j.path("calls").get(0).path("params").path("on").asBoolean(true)).isFalse();
            });
            assertThat(rpc(device, "Webhook.List").path("hooks")).singleElement()
                    .satisfies(h -> assertThat(h.path("urls").get(0).asString()).isEqualTo("http://127.0.0.9/on"));
        }
        assertThat(script(LAB.fleet().devices().get(1), "mine")).as("unmanaged script kept").isNotNull();
        assertThat(LAB.server().post("/api/v1/config/drift", "{\"tag\":\"items\"}").body().path("drifted").asInt()).isZero();
    }

    @Test
    @Order(4)
    void scriptCodeChangedOnTheDeviceIsDriftAndSyncPutsItBack() {
        SimulatedDevice device = LAB.fleet().devices().get(2);
        int id = script(device, "night").path("id").asInt();
        call(device, "Script.Stop", "{\"id\":" + id + "}");
        call(device, "Script.PutCode", "{\"id\":" + id + ",\"code\":\"print('edited');\"}");
        call(device, "Schedule.Update", "{\"id\":" + rpc(device, "Schedule.List").path("jobs").get(0).path("id").asInt()
                + ",\"timespec\":\"0 30 22 * * *\"}");

        JsonNode report = LAB.server().post("/api/v1/config/drift", "{\"tag\":\"items\"}").body();
        assertThat(report.path("drifted").asInt()).isEqualTo(1);
        List<String> fields = new ArrayList<>();
        report.path("entries").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("scripts[night].code", "scripts[night].running",
                "schedules[Switch.Set {\"id\":0,\"on\":false}].timespec");

        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"ids\":[\"" + LAB.ids().get(2) + "\"]}").body());
        assertThat(job.path("results").get(0).path("outcome").asString()).as(job.toString()).isEqualTo("APPLIED");
        assertThat(code(device, id)).isEqualTo(LONG_CODE);
        assertThat(script(device, "night").path("running").asBoolean()).isTrue();
        assertThat(rpc(device, "Schedule.List").path("jobs").get(0).path("timespec").asString()).isEqualTo("0 0 23 * * *");
    }

    @Test
    @Order(5)
    void anExclusiveListDeletesWhatTheTemplateDoesNotName() {
        String exclusive = """
                {"scripts": {"exclusive": true, "items": [{"name": "night", "code": %s, "enable": true, "running": true}]}}
                """.formatted(quoted(LONG_CODE));
        assertThat(LAB.server().put("/api/v1/config/templates/automation", template("automation", exclusive)).status()).isEqualTo(200);
        String calls = LAB.server().post("/api/v1/config/sync", "{\"ids\":[\"" + LAB.ids().get(1) + "\"],\"dryRun\":true}").body()
                .path("devices").get(0).path("calls").toString();
        assertThat(calls).contains("Script.Delete {\\\"id\\\":" + script(LAB.fleet().devices().get(1), "mine").path("id").asInt() + "}")
                .as("schedules and webhooks the template no longer names are not its business").doesNotContain("Schedule.Delete");

        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"ids\":[\"" + LAB.ids().get(1) + "\"]}").body());
        assertThat(job.path("results").get(0).path("outcome").asString()).as(job.toString()).isEqualTo("APPLIED");
        assertThat(script(LAB.fleet().devices().get(1), "mine")).isNull();
        assertThat(script(LAB.fleet().devices().get(1), "night")).isNotNull();
    }

    @Test
    @Order(6)
    void aRunTheDeviceRefusesHalfWayIsPutBackItemsIncluded() {
        SimulatedDevice device = LAB.fleet().devices().get(2);
        String settings = """
                {"scripts": {"items": [{"name": "night", "code": "print('v2');"}, {"name": "extra", "code": "let a = 1;", "running": true}]},
                 "webhooks": {"items": [{"name": "cover-hook", "event": "cover.open", "urls": ["http://127.0.0.9/cover"]}]}}
                """;
        assertThat(LAB.server().put("/api/v1/config/templates/automation", template("automation", settings)).status()).isEqualTo(200);

        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"ids\":[\"" + LAB.ids().get(2) + "\"]}").body());
        JsonNode result = job.path("results").get(0);
        assertThat(result.path("outcome").asString()).as(result.toString()).isEqualTo("ROLLED_BACK");
        assertThat(result.path("message").asString()).contains("Webhook.Create");
        assertThat(script(device, "extra")).as("the script the run created is gone again").isNull();
        int night = script(device, "night").path("id").asInt();
        assertThat(code(device, night)).as("the script's code is back").isEqualTo(LONG_CODE);
        assertThat(script(device, "night").path("running").asBoolean()).isTrue();
        assertThat(rpc(device, "Webhook.List").path("hooks")).singleElement()
                .satisfies(h -> assertThat(h.path("name").asString()).isEqualTo("on-hook"));
    }

    /** The entry of a dry run's devices or a job's results that is about one device. */
    private static JsonNode of(JsonNode entries, String deviceId) {
        for (JsonNode entry : entries) {
            if (deviceId.equals(entry.path("deviceId").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + deviceId + " in " + entries);
    }

    private static String template(String name, String settings) {
        return "{\"name\":\"" + name + "\",\"priority\":1,\"assignTo\":{\"tags\":[\"items\"]},\"settings\":" + settings + "}";
    }

    private static String quoted(String text) {
        return ConfigFleet.JSON.writeValueAsString(text);
    }

    private static void installScriptOnDevice(SimulatedDevice device, String name) {
        int id = call(device, "Script.Create", "{\"name\":\"" + name + "\"}").path("id").asInt();
        call(device, "Script.PutCode", "{\"id\":" + id + ",\"code\":\"print('mine');\"}");
    }

    private static JsonNode script(SimulatedDevice device, String name) {
        for (JsonNode script : rpc(device, "Script.List").path("scripts")) {
            if (script.path("name").asString().equals(name)) {
                return script;
            }
        }
        return null;
    }

    private static String code(SimulatedDevice device, int id) {
        return call(device, "Script.GetCode", "{\"id\":" + id + ",\"len\":100000}").path("data").asString();
    }

    private static JsonNode rpc(SimulatedDevice device, String method) {
        return call(device, method, "{}");
    }

    private static JsonNode call(SimulatedDevice device, String method, String params) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + device.address() + "/rpc/" + method))
                    .POST(HttpRequest.BodyPublishers.ofString(params)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return ConfigFleet.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
