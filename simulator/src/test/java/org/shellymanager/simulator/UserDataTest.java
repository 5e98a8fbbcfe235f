package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Scripts, schedules, webhooks and KVS over {@code POST /rpc}, with the revisions {@code sys} reports. */
class UserDataTest {

    private SimulatedFleet fleet;
    private SimulatedDevice device;
    private int ids;

    @BeforeEach
    void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder().add("SNSW-102P16EU", 1).build());
        device = fleet.devices().getFirst();
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    private JsonNode rpc(String method, String params) {
        String frame = "{\"id\":" + ++ids + ",\"src\":\"test\",\"method\":\"" + method + "\",\"params\":" + params + "}";
        return TestHttp.json(TestHttp.post(device.address(), "/rpc", frame));
    }

    private JsonNode sys() {
        return rpc("Sys.GetStatus", "{}").path("result");
    }

    @Test
    void scriptsAreComponentsWithCodeAndARunningState() {
        int id = rpc("Script.Create", "{\"name\":\"blink\"}").path("result").path("id").asInt();
        assertThat(rpc("Script.PutCode", "{\"id\":" + id + ",\"code\":\"let a=1;\"}").path("result").path("len").asInt())
                .isEqualTo(8);
        assertThat(rpc("Script.PutCode", "{\"id\":" + id + ",\"code\":\"a++;\",\"append\":true}").path("result")
                .path("len").asInt()).isEqualTo(12);
        JsonNode code = rpc("Script.GetCode", "{\"id\":" + id + ",\"offset\":4,\"len\":3}").path("result");
        assertThat(code.path("data").asString()).isEqualTo("a=1");
        assertThat(code.path("left").asInt()).isEqualTo(5);

        assertThat(rpc("Script.Start", "{\"id\":" + id + "}").path("result").path("was_running").asBoolean()).isFalse();
        assertThat(rpc("Script.GetStatus", "{\"id\":" + id + "}").path("result").path("running").asBoolean()).isTrue();
        assertThat(rpc("Script.List", "{}").path("result").path("scripts").path(0).path("name").asString())
                .isEqualTo("blink");
        assertThat(rpc("Shelly.GetConfig", "{}").path("result").path("script:" + id).path("enable").asBoolean()).isFalse();
        assertThat(rpc("Script.Stop", "{\"id\":" + id + "}").path("result").path("was_running").asBoolean()).isTrue();
        assertThat(rpc("Script.Eval", "{\"id\":" + id + ",\"code\":\"a\"}").path("error").path("code").asInt())
                .isEqualTo(404);

        rpc("Script.Delete", "{\"id\":" + id + "}");
        assertThat(rpc("Script.GetCode", "{\"id\":" + id + "}").path("error").path("code").asInt()).isEqualTo(-105);
        assertThat(rpc("Shelly.GetStatus", "{}").path("result").has("script:" + id)).isFalse();
    }

    @Test
    void schedulesCountTheirRevisionAndStopAtTwentyJobs() {
        String job = "{\"enable\":true,\"timespec\":\"0 0 8 * * *\",\"calls\":[{\"method\":\"Switch.Set\","
                + "\"params\":{\"id\":0,\"on\":true}}]}";
        JsonNode created = rpc("Schedule.Create", job).path("result");
        assertThat(created.path("id").asInt()).isEqualTo(1);
        assertThat(sys().path("schedule_rev").asInt()).isEqualTo(created.path("rev").asInt()).isPositive();

        JsonNode updated = rpc("Schedule.Update", "{\"id\":1,\"enable\":false}").path("result");
        assertThat(updated.path("rev").asInt()).isGreaterThan(created.path("rev").asInt());
        JsonNode list = rpc("Schedule.List", "{}").path("result");
        assertThat(list.path("jobs").path(0).path("enable").asBoolean()).isFalse();
        assertThat(list.path("jobs").path(0).path("timespec").asString()).isEqualTo("0 0 8 * * *");
        assertThat(list.path("rev").asInt()).isEqualTo(updated.path("rev").asInt());

        for (int i = 1; i < 20; i++) {
            assertThat(rpc("Schedule.Create", job).has("result")).isTrue();
        }
        assertThat(rpc("Schedule.Create", job).path("error").path("code").asInt()).isEqualTo(-108);
        assertThat(rpc("Schedule.Create", "{\"timespec\":\"daily\",\"calls\":[]}").path("error").path("code").asInt())
                .isEqualTo(-103);
        rpc("Schedule.Delete", "{\"id\":1}");
        assertThat(rpc("Schedule.Delete", "{\"id\":1}").path("error").path("code").asInt()).isEqualTo(-105);
        int rev = rpc("Schedule.DeleteAll", "{}").path("result").path("rev").asInt();
        assertThat(rpc("Schedule.List", "{}").path("result").path("jobs").isEmpty()).isTrue();
        assertThat(sys().path("schedule_rev").asInt()).isEqualTo(rev);
    }

    @Test
    void webhooksAcceptOnlyEventsTheDeviceRaises() {
        JsonNode types = rpc("Webhook.ListSupported", "{}").path("result").path("types");
        assertThat(types.has("switch.on")).isTrue();
        assertThat(types.has("input.button_push")).isTrue();
        assertThat(types.has("cover.open")).isFalse();

        JsonNode created = rpc("Webhook.Create", "{\"cid\":0,\"event\":\"switch.on\",\"name\":\"lamp\","
                + "\"urls\":[\"http://127.0.0.1/hook\"]}").path("result");
        assertThat(sys().path("webhook_rev").asInt()).isEqualTo(created.path("rev").asInt());
        rpc("Webhook.Update", "{\"id\":" + created.path("id").asInt() + ",\"enable\":false}");
        JsonNode hook = rpc("Webhook.List", "{}").path("result").path("hooks").path(0);
        assertThat(hook.path("event").asString()).isEqualTo("switch.on");
        assertThat(hook.path("enable").asBoolean()).isFalse();
        assertThat(rpc("Webhook.Create", "{\"cid\":0,\"event\":\"cover.open\",\"urls\":[\"http://127.0.0.1/x\"]}")
                .path("error").path("code").asInt()).isEqualTo(-103);
        rpc("Webhook.Delete", "{\"id\":" + created.path("id").asInt() + "}");
        assertThat(rpc("Webhook.List", "{}").path("result").path("hooks").isEmpty()).isTrue();
    }

    @Test
    void kvsChecksEtagsAndCountsItsRevision() {
        JsonNode set = rpc("KVS.Set", "{\"key\":\"colour\",\"value\":{\"r\":1}}").path("result");
        String etag = set.path("etag").asString();
        assertThat(sys().path("kvs_rev").asInt()).isEqualTo(set.path("rev").asInt());
        assertThat(rpc("KVS.Get", "{\"key\":\"colour\"}").path("result").path("value").path("r").asInt()).isEqualTo(1);

        assertThat(rpc("KVS.Set", "{\"key\":\"colour\",\"value\":2,\"etag\":\"stale\"}").path("error").path("code")
                .asInt()).isEqualTo(-109);
        JsonNode changed = rpc("KVS.Set", "{\"key\":\"colour\",\"value\":2,\"etag\":\"" + etag + "\"}").path("result");
        assertThat(changed.path("etag").asString()).isNotEqualTo(etag);
        rpc("KVS.Set", "{\"key\":\"count\",\"value\":7}");

        JsonNode many = rpc("KVS.GetMany", "{\"match\":\"co*r\"}").path("result");
        assertThat(many.path("items")).hasSize(1);
        assertThat(many.path("items").path(0).path("key").asString()).isEqualTo("colour");
        assertThat(rpc("KVS.List", "{}").path("result").path("keys").propertyNames()).containsExactly("colour", "count");
        rpc("KVS.Delete", "{\"key\":\"count\"}");
        assertThat(rpc("KVS.Get", "{\"key\":\"count\"}").path("error").path("code").asInt()).isEqualTo(-105);
        assertThat(rpc("KVS.Set", "{\"key\":\"" + "k".repeat(43) + "\",\"value\":1}").path("error").path("code").asInt())
                .isEqualTo(-103);
    }

    @Test
    void factoryResetWipesUserDataLoginAndWifiAndComesBackInApMode() {
        rpc("KVS.Set", "{\"key\":\"a\",\"value\":1}");
        rpc("Sys.SetConfig", "{\"config\":{\"device\":{\"name\":\"Kitchen\"}}}");
        rpc("Shelly.FactoryReset", "{}");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                TestHttp.get(device.apAddress(), "/shelly").statusCode() == 200);
        assertThat(device.provisioned()).isFalse();
        String frame = "{\"id\":1,\"src\":\"test\",\"method\":\"Shelly.GetConfig\"}";
        JsonNode config = TestHttp.json(TestHttp.post(device.apAddress(), "/rpc", frame)).path("result");
        assertThat(config.path("sys").path("device").path("name").isNull()).isTrue();
        assertThat(config.path("wifi").path("ap").path("enable").asBoolean()).isTrue();
        String kvs = "{\"id\":2,\"src\":\"test\",\"method\":\"KVS.List\"}";
        assertThat(TestHttp.json(TestHttp.post(device.apAddress(), "/rpc", kvs)).path("result").path("keys").isEmpty())
                .isTrue();
    }
}
