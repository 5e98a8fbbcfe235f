package org.shellymanager.device.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.Fixtures;
import org.shellymanager.device.Generation;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.ReplyTooLargeException;
import org.shellymanager.device.RpcClient;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.SwitchComponent;
import org.shellymanager.device.testing.DigestRules;
import org.shellymanager.device.testing.FakeShellyServer;
import org.shellymanager.device.testing.FakeShellyServer.Auth;
import org.shellymanager.device.testing.FakeShellyServer.Fault;
import org.shellymanager.device.testing.RpcReplies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Gen2+ client over {@code POST /rpc} against a test device that enforces firmware 2.0 nonce rules. */
class HttpRpcChannelTest {

    private static final String PLUS1PM = "aioshelly/shelly-plus-1pm_SNSW-001P16EU/";
    private static final ClientOptions FAST = ClientOptions.defaults()
            .withRequestTimeout(Duration.ofSeconds(1))
            .withRetryBackoff(Duration.ofMillis(10))
            .withBusyBackoff(Duration.ofMillis(20))
            .withMaxReplyBytes(64 * 1024);

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private FakeShellyServer device(String firmware, boolean auth) {
        ObjectNode identity = (ObjectNode) Fixtures.json(PLUS1PM + "Shelly.GetDeviceInfo.json").deepCopy();
        identity.put("ver", firmware);
        identity.put("auth_en", auth);
        FakeShellyServer server = new FakeShellyServer(identity)
                .result("Shelly.GetStatus", Fixtures.json(PLUS1PM + "Shelly.GetStatus.json"))
                .result("Shelly.GetConfig", Fixtures.json(PLUS1PM + "Shelly.GetConfig.json"))
                .rpc("Switch.Set", params -> RpcReplies.result(Json.parseOrNull("{\"was_on\":false}")))
                .rpc("Switch.GetStatus", params -> params.path("id").asInt() == 0
                        ? RpcReplies.result(Fixtures.json(PLUS1PM + "Shelly.GetStatus.json").get("switch:0"))
                        : Fixtures.json("shelly-api-docs/generic/rpc_error_-105_not-found.json"));
        toClose.add(server);
        return server;
    }

    private RpcClient connect(FakeShellyServer server, Credentials credentials, ClientOptions options) {
        ShellyDevices devices = ShellyDevices.create(options);
        toClose.add(devices);
        ShellyClient client = devices.connect(server.address(), credentials);
        return (RpcClient) client;
    }

    @Test
    void identifiesGen2DeviceAndReadsTypedStatus() {
        FakeShellyServer server = device("1.1.0", false);
        RpcClient client = connect(server, null, FAST);
        assertThat(client.identity().generation()).isEqualTo(Generation.GEN2);
        SwitchComponent sw = client.status().get(SwitchComponent.class, "switch:0");
        assertThat(sw.metering().energyWh()).isEqualTo(110.046);
        assertThat(client.config().name()).isEqualTo("Test Name");
    }

    @Test
    void deviceErrorsAreValuesWithTheirCode() {
        RpcClient client = connect(device("1.1.0", false), null, FAST);
        RpcResult<JsonNode> missing = client.read("Switch.GetStatus", Json.parseOrNull("{\"id\":7}"));
        assertThat(missing).isEqualTo(RpcResult.error(RpcResult.NOT_FOUND, "Bad id=7"));
        assertThat(client.call("No.Such", null)).isInstanceOf(RpcResult.DeviceError.class)
                .extracting(r -> ((RpcResult.DeviceError<JsonNode>) r).code()).isEqualTo(404);
        assertThat(client.components().getStatus(ComponentType.SWITCH, 0).find()).containsInstanceOf(SwitchComponent.class);
    }

    @Test
    void answersHeaderChallengeOnceThenCountsNcOnTheSameNonce() {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        FakeShellyServer server = device("2.0.0", true).digestAuth(Auth.DIGEST_HEADER, rules);
        RpcClient client = connect(server, Credentials.admin("secret"), FAST);
        for (int i = 0; i < 5; i++) {
            assertThat(client.setSwitch(0, true, null).isOk()).isTrue();
        }
        assertThat(rules.noncesIssued()).isEqualTo(1);
        assertThat(rules.ncViolations()).isZero();
    }

    @Test
    void reusesATimestampNonceWithNcOneBeforeFirmware2() {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret").beforeFirmware2();
        FakeShellyServer server = device("1.4.2", true).digestAuth(Auth.DIGEST_HEADER, rules);
        RpcClient client = connect(server, Credentials.admin("secret"), FAST);
        for (int i = 0; i < 3; i++) {
            assertThat(client.setSwitch(0, true, null).isOk()).isTrue();
        }
        assertThat(rules.noncesIssued()).isEqualTo(1);
        assertThat(rules.ncSeen()).containsExactly("00000001", "00000001", "00000001");
    }

    @Test
    void retriesAStaleNonceWithoutCallingItAWrongPassword() {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        rules.expireNoncesAfter(2);
        FakeShellyServer server = device("2.0.0", true).digestAuth(Auth.DIGEST_HEADER, rules);
        RpcClient client = connect(server, Credentials.admin("secret"), FAST);
        for (int i = 0; i < 6; i++) {
            assertThat(client.status().components()).isNotEmpty();
        }
        assertThat(rules.noncesIssued()).isGreaterThan(1);
    }

    @Test
    void wrongPasswordIsUnauthorizedAfterOneFreshChallenge() {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        FakeShellyServer server = device("2.0.0", true).digestAuth(Auth.DIGEST_HEADER, rules);
        RpcClient client = connect(server, Credentials.admin("wrong"), FAST);
        assertThatThrownBy(client::status).isInstanceOf(DeviceUnauthorizedException.class);
        assertThat(rules.noncesIssued()).isEqualTo(2);
    }

    @Test
    void protectedDeviceWithoutCredentialsIsUnauthorized() {
        FakeShellyServer server = device("1.4.2", true)
                .digestAuth(Auth.DIGEST_HEADER, new DigestRules("shellyplus1pm-aabbccddeeff", "secret"));
        RpcClient client = connect(server, null, FAST);
        assertThatThrownBy(client::status).isInstanceOf(DeviceUnauthorizedException.class);
    }

    @Test
    void waitsAndRetriesWhenTheDeviceHasNoFreeNonceSlot() {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        FakeShellyServer server = device("2.0.0", true).digestAuth(Auth.DIGEST_HEADER, rules).busyFor(2);
        RpcClient client = connect(server, Credentials.admin("secret"), FAST);
        assertThat(client.status().components()).isNotEmpty();
        assertThat(server.requests().stream().filter(r -> r.equals("POST /rpc")).count()).isEqualTo(4);
    }

    @Test
    void parallelAuthenticatedCallsAskForOneNonceAndKeepNcInOrder() throws Exception {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        FakeShellyServer server = device("2.0.0", true).digestAuth(Auth.DIGEST_HEADER, rules);
        RpcClient client = connect(server, Credentials.admin("secret"), FAST);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(pool.submit(() -> client.setSwitch(0, true, Duration.ofSeconds(5)).isOk()));
            }
            for (Future<Boolean> call : calls) {
                assertThat(call.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rules.noncesIssued()).isEqualTo(1);
        assertThat(rules.ncViolations()).isZero();
    }

    @Test
    void answersWallDisplayBodyChallengeWithAnAuthObject() {
        DigestRules rules = new DigestRules("shellyplus1pm-aabbccddeeff", "secret");
        FakeShellyServer server = device("2.0.0", true).digestAuth(Auth.DIGEST_BODY, rules);
        RpcClient client = connect(server, Credentials.admin("secret"), FAST);
        assertThat(client.toggleSwitch(0)).isInstanceOf(RpcResult.DeviceError.class);
        assertThat(client.setSwitch(0, false, null).isOk()).isTrue();
        assertThat(client.setSwitch(0, true, null).isOk()).isTrue();
        assertThat(rules.noncesIssued()).isEqualTo(1);
    }

    @Test
    void slowDeviceTimesOutInsteadOfReturningNothing() {
        FakeShellyServer server = device("1.1.0", false).fault("Shelly.GetStatus", Fault.SLOW);
        RpcClient client = connect(server, null, FAST.withRetries(0));
        assertThatThrownBy(client::status).isInstanceOf(DeviceTimeoutException.class);
    }

    @Test
    void hugeReplyIsCutOffAtTheCap() {
        FakeShellyServer server = device("1.1.0", false).fault("Shelly.GetConfig", Fault.HUGE);
        RpcClient client = connect(server, null, FAST);
        assertThatThrownBy(client::config).isInstanceOf(ReplyTooLargeException.class);
    }

    @Test
    void brokenJsonIsAMalformedReply() {
        FakeShellyServer server = device("1.1.0", false)
                .fault("Switch.Set", Fault.TRUNCATED_JSON)
                .fault("Shelly.GetConfig", Fault.MALFORMED);
        RpcClient client = connect(server, null, FAST);
        assertThatThrownBy(() -> client.setSwitch(0, true, null)).isInstanceOf(MalformedReplyException.class);
        assertThatThrownBy(client::config).isInstanceOf(MalformedReplyException.class);
    }

    @Test
    void readsAreRetriedAfterADroppedConnectionButCommandsAreNot() {
        FakeShellyServer server = device("1.1.0", false)
                .fault("Shelly.GetStatus", Fault.TRUNCATED_CONNECTION)
                .fault("Switch.Set", Fault.TRUNCATED_CONNECTION);
        RpcClient client = connect(server, null, FAST.withRetries(2));
        assertThatThrownBy(client::status).isInstanceOf(DeviceUnreachableException.class);
        assertThat(server.requests().stream().filter(r -> r.equals("POST /rpc")).count()).isEqualTo(3);
        assertThatThrownBy(() -> client.setSwitch(0, true, null)).isInstanceOf(DeviceUnreachableException.class);
        assertThat(server.requests().stream().filter(r -> r.equals("POST /rpc")).count()).isEqualTo(4);
    }

    @Test
    void noMoreThanFiveRequestsAreInFlightToOneDevice() throws Exception {
        FakeShellyServer server = device("1.1.0", false).delayEachRequest(40);
        RpcClient client = connect(server, null, FAST);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(pool.submit(() -> client.setSwitch(0, true, null)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.maxInFlight()).isEqualTo(5);
    }

    @Test
    void getComponentsFollowsPagesUntilTotal() {
        JsonNode all = Fixtures.json("aioshelly/shelly-blu-gateway-gen3_S3GW-1DBT001/Shelly.GetComponents.json");
        FakeShellyServer server = device("1.5.0", false).rpc("Shelly.GetComponents", params -> {
            int offset = params.path("offset").asInt();
            ObjectNode page = Json.object();
            var items = page.putArray("components");
            for (int i = offset; i < Math.min(offset + 2, all.get("components").size()); i++) {
                items.add(all.get("components").get(i));
            }
            page.put("cfg_rev", 32).put("offset", offset).put("total", all.get("total").asInt());
            return RpcReplies.result(page);
        });
        RpcClient client = connect(server, null, FAST);
        JsonNode merged = client.shelly().getComponents(false).find().orElseThrow();
        assertThat(merged.get("components")).hasSize(5);
        assertThat(merged.get("components").get(4).path("key").asString()).isEqualTo("bthomesensor:203");
        assertThat(server.requests().stream().filter(r -> r.equals("POST /rpc")).count()).isEqualTo(3);
    }
}
