package org.shellymanager.device.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.SystemStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library's script, schedule, webhook and KVS calls against every Gen2+ simulated model, including the
 * by-id changes and deletions configuration sync sends.
 */
class SimulatedUserDataTest {

    private static SimulatedCaseFleet fleet;

    @BeforeAll
    static void start() {
        fleet = SimulatedCaseFleet.start(SimulatedCase.rpc());
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    static List<SimulatedCase> cases() {
        return SimulatedCase.rpc();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void managesScriptsSchedulesWebhooksAndKvsWithTheRevisionsSysReports(SimulatedCase c) {
        try (RpcClient client = (RpcClient) fleet.connect(c)) {
            int script = client.scripts().create("cross-check").find().orElseThrow();
            assertThat(client.scripts().putCode(script, "print(1);", false)).isEqualTo(new RpcResult.Ok<>(9));
            assertThat(client.scripts().getCode(script, 0, 100).find().orElseThrow().path("data").asString())
                    .isEqualTo("print(1);");
            assertThat(client.scripts().start(script)).isEqualTo(new RpcResult.Ok<>(false));
            assertThat(client.scripts().stop(script)).isEqualTo(new RpcResult.Ok<>(true));
            assertThat(client.capabilities().kinds()).contains("script");
            assertThat(client.scripts().delete(script)).isInstanceOf(RpcResult.Ok.class);

            ObjectNode job = Json.object();
            job.put("enable", true).put("timespec", "0 30 7 * * MON-FRI");
            job.putArray("calls").addObject().put("method", "Shelly.Reboot");
            int scheduleRev = client.schedules().create(job).find().orElseThrow().path("rev").asInt();

            ObjectNode hook = Json.object();
            hook.put("cid", 0).put("enable", true).put("event", firstSupportedEvent(client)).put("name", "cc");
            hook.putArray("urls").add("http://127.0.0.1:9/hook");
            int webhookRev = client.webhooks().create(hook).find().orElseThrow().path("rev").asInt();

            int kvsRev = client.kvs().set("cross-check", IntNode.valueOf(42)).find().orElseThrow().path("rev").asInt();
            assertThat(client.kvs().get("cross-check").find().orElseThrow().path("value").asInt()).isEqualTo(42);
            assertThat(client.kvs().get("absent")).isInstanceOf(RpcResult.DeviceError.class);

            JsonNode sys = client.status().findSystem().map(SystemStatus::raw).orElseThrow();
            assertThat(sys.path("schedule_rev").asInt()).isEqualTo(scheduleRev);
            assertThat(sys.path("webhook_rev").asInt()).isEqualTo(webhookRev);
            assertThat(sys.path("kvs_rev").asInt()).isEqualTo(kvsRev);

            assertThat(client.schedules().deleteAll()).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.webhooks().deleteAll()).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.kvs().delete("cross-check")).isInstanceOf(RpcResult.Ok.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesAndDeletesSchedulesWebhooksAndScriptSettingsById(SimulatedCase c) {
        try (RpcClient client = (RpcClient) fleet.connect(c)) {
            int script = client.scripts().create("by-id").find().orElseThrow();
            ObjectNode enable = Json.object();
            enable.put("enable", true);
            assertThat(client.scripts().setConfig(script, enable)).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.scripts().getConfig(script).find().orElseThrow().path("enable").asBoolean()).isTrue();
            assertThat(client.scripts().delete(script)).isInstanceOf(RpcResult.Ok.class);

            ObjectNode job = Json.object();
            job.put("timespec", "0 0 6 * * *");
            job.putArray("calls").addObject().put("method", "Shelly.Reboot");
            int jobId = client.schedules().create(job).find().orElseThrow().path("id").asInt();
            ObjectNode later = Json.object();
            later.put("id", jobId).put("timespec", "0 30 6 * * *");
            assertThat(client.schedules().update(later)).isInstanceOf(RpcResult.Ok.class);
            JsonNode jobs = client.schedules().list().find().orElseThrow().path("jobs");
            assertThat(jobs).singleElement().satisfies(j -> {
                assertThat(j.path("timespec").asString()).isEqualTo("0 30 6 * * *");
                assertThat(j.path("calls").get(0).path("method").asString()).as("calls kept").isEqualTo("Shelly.Reboot");
            });
            assertThat(client.schedules().delete(jobId)).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.schedules().delete(jobId)).as("already gone").isInstanceOf(RpcResult.DeviceError.class);

            ObjectNode hook = Json.object();
            hook.put("event", firstSupportedEvent(client)).put("name", "by-id");
            hook.putArray("urls").add("http://127.0.0.1:9/a");
            int hookId = client.webhooks().create(hook).find().orElseThrow().path("id").asInt();
            ObjectNode moved = Json.object();
            moved.put("id", hookId).putArray("urls").add("http://127.0.0.1:9/b");
            assertThat(client.webhooks().update(moved)).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.webhooks().list().find().orElseThrow().path("hooks")).singleElement().satisfies(h -> {
                assertThat(h.path("urls").get(0).asString()).isEqualTo("http://127.0.0.1:9/b");
                assertThat(h.path("name").asString()).as("name kept").isEqualTo("by-id");
                assertThat(h.path("cid").asInt()).isZero();
            });
            assertThat(client.webhooks().delete(hookId)).isInstanceOf(RpcResult.Ok.class);
            assertThat(client.webhooks().list().find().orElseThrow().path("hooks")).isEmpty();
        }
    }

    private static String firstSupportedEvent(RpcClient client) {
        JsonNode types = client.webhooks().listSupported().find().orElseThrow().path("types");
        return types.propertyNames().stream().findFirst().orElseThrow();
    }
}
