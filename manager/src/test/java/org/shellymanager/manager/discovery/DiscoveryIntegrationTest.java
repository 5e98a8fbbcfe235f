package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * Discovery end to end: the server scans a range of loopback addresses holding simulated devices of every
 * generation, some with a login, some hostile, and empty addresses; then devices change address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscoveryIntegrationTest {

    private static final String PASSWORD = "right-password";
    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        port = freePort();
        fleet = SimulatedFleet.start(FleetSpec.builder().host("127.41.77.1").port(port)
                .add("SHSW-1", 1).add("SHSW-PM", 1, d -> d.password(PASSWORD))
                .add("SNSW-001P16EU", 1).add("SNPL-00112EU", 1, d -> d.password("another-password"))
                .add("S3SW-001P16EU", 1).add("S4SW-001X16EU", 1)
                .add("SHPLG-S", 1, d -> d.fault(new Fault.MalformedJson()))
                .add("SNSW-001X16EU", 1, d -> d.fault(new Fault.OversizedBody(2 * 1024 * 1024)))
                .add("SHSW-25", 1).add("SNSN-0024X", 1)
                .build());
        server = RunningServer.start("--shelly-manager.discovery.request-timeout=2s");
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
    void findsEveryShellyInTheRangeAndRecordsItExactly() {
        JsonNode job = scan("127.41.77.1-15:" + port, "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("progress").path("done").asInt()).isEqualTo(15);
        Map<String, JsonNode> devices = devicesByMac();
        assertThat(devices.keySet()).containsExactlyInAnyOrder(
                mac(0), mac(1), mac(2), mac(3), mac(4), mac(5), mac(8), mac(9));
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 8, 9}) {
            SimulatedDevice simulated = fleet.devices().get(i);
            JsonNode device = devices.get(mac(i));
            assertThat(device.path("model").asString()).isEqualTo(simulated.model());
            assertThat(device.path("generation").asInt()).isEqualTo(simulated.generation());
            assertThat(device.path("address").asString()).isEqualTo(simulated.host() + ":" + port);
            assertThat(device.path("online").asBoolean()).isTrue();
            assertThat(device.path("status").asString()).isEqualTo("ACTIVE");
            assertThat(device.has("credentials")).isFalse();
        }
        assertThat(devices.get(mac(1)).path("needsCredentials").asBoolean()).isFalse();
        assertThat(devices.get(mac(1)).path("hasCredentials").asBoolean()).isTrue();
        assertThat(devices.get(mac(3)).path("needsCredentials").asBoolean()).isTrue();
        assertThat(devices.get(mac(3)).path("hasCredentials").asBoolean()).isFalse();
        assertThat(devices.get(mac(2)).path("productName").asString()).isEqualTo("Shelly Plus 1PM");
        assertThat(outcomes(job)).containsEntry(fleet.devices().get(6).host() + ":" + port, "NOT_SHELLY")
                .containsEntry(fleet.devices().get(7).host() + ":" + port, "NOT_SHELLY")
                .containsEntry(fleet.devices().get(3).host() + ":" + port, "NEEDS_CREDENTIALS")
                .containsEntry(fleet.devices().get(0).host() + ":" + port, "ADDED");
    }

    @Test
    @Order(2)
    void aDeviceAtANewAddressKeepsItsIdAndAnotherMacAtAKnownAddressMarksTheOldOneMoved() {
        Map<String, JsonNode> before = devicesByMac();
        SimulatedDevice wanderer = fleet.devices().get(0);
        SimulatedDevice leaver = fleet.devices().get(8);
        SimulatedDevice taker = fleet.devices().get(9);
        String leaverHost = leaver.host();
        wanderer.moveTo("127.41.77.30");
        leaver.moveTo("127.41.78.1");
        // the simulator may release the old listening socket a moment after the move
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            taker.moveTo(leaverHost);
            return true;
        });

        JsonNode job = scan("127.41.77.1-40:" + port, null);

        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        Map<String, JsonNode> after = devicesByMac();
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.get(wanderer.mac()).path("id")).isEqualTo(before.get(wanderer.mac()).path("id"));
        assertThat(after.get(wanderer.mac()).path("address").asString()).isEqualTo("127.41.77.30:" + port);
        assertThat(after.get(taker.mac()).path("address").asString()).isEqualTo(leaverHost + ":" + port);
        assertThat(after.get(taker.mac()).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(after.get(leaver.mac()).path("status").asString()).isEqualTo("MOVED");
        assertThat(after.get(leaver.mac()).path("online").asBoolean()).isFalse();
        assertThat(outcomes(job)).containsEntry("127.41.77.30:" + port, "ADDRESS_CHANGED");
    }

    @Test
    @Order(3)
    void manualAddOfAKnownDeviceIsRefusedAsDuplicate() {
        SimulatedDevice known = fleet.devices().get(2);

        RunningServer.Reply reply = server.post("/api/v1/devices", "{\"address\":\"" + known.host() + ":" + port + "\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("device.duplicate");
        assertThat(reply.body().path("deviceId").asString()).isEqualTo(devicesByMac().get(known.mac()).path("id").asString());
    }

    @Test
    @Order(4)
    void manualAddOfAHostileDeviceWritesNothing() {
        int count = devicesByMac().size();

        RunningServer.Reply reply = server.post("/api/v1/devices",
                "{\"address\":\"" + fleet.devices().get(6).host() + ":" + port + "\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("device.not-shelly");
        assertThat(devicesByMac()).hasSize(count);
    }

    @Test
    @Order(5)
    void forgottenDeviceCanBeAddedBackByAddress() {
        SimulatedDevice device = fleet.devices().get(4);
        String id = devicesByMac().get(device.mac()).path("id").asString();
        assertThat(server.delete("/api/v1/devices/" + id).status()).isEqualTo(204);

        RunningServer.Reply added = server.post("/api/v1/devices", "{\"address\":\"" + device.host() + ":" + port + "\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().path("mac").asString()).isEqualTo(device.mac());
        assertThat(added.body().path("id").asString()).isNotEqualTo(id);
        assertThat(server.get("/api/v1/devices/" + id).code()).isEqualTo("device.not-found");
    }

    private static JsonNode scan(String target, String credentials) {
        String body = "{\"targets\":[\"" + target + "\"]" + (credentials == null ? "" : ",\"credentials\":" + credentials) + "}";
        RunningServer.Reply started = server.post("/api/v1/discovery/scans", body);
        assertThat(started.status()).isEqualTo(202);
        String id = started.body().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> finished(server.get("/api/v1/jobs/" + id).body()));
        return server.get("/api/v1/jobs/" + id).body();
    }

    private static boolean finished(JsonNode job) {
        return !job.path("state").asString().matches("QUEUED|RUNNING");
    }

    private static Map<String, JsonNode> devicesByMac() {
        Map<String, JsonNode> byMac = new HashMap<>();
        server.get("/api/v1/devices?size=500").body().path("items").forEach(d -> byMac.put(d.path("mac").asString(), d));
        return byMac;
    }

    private static Map<String, String> outcomes(JsonNode job) {
        Map<String, String> outcomes = new HashMap<>();
        job.path("results").forEach(r -> outcomes.put(r.path("target").asString(), r.path("outcome").asString()));
        return outcomes;
    }

    private static String mac(int index) {
        return fleet.devices().get(index).mac();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.41.77.1"))) {
            return socket.getLocalPort();
        }
    }
}
