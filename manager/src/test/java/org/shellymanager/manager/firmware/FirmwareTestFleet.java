package org.shellymanager.manager.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/** A simulated fleet on consecutive loopback addresses, discovered by a running server, and waiting on rollouts. */
public final class FirmwareTestFleet {

    /** Short verify polling so that tests of whole rollouts stay quick; times are limits, never asserted. */
    public static final String[] SERVER_ARGS = {"--shelly-manager.firmware.verify-poll=100ms",
            "--shelly-manager.firmware.check-interval=0", "--shelly-manager.firmware.download-address=127.0.0.1"};
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private FirmwareTestFleet() {
    }

    /** Starts the fleet at {@code host} (one address per device, a free common port). */
    public static SimulatedFleet start(String host, FleetSpec.Builder builder) {
        return SimulatedFleet.start(builder.host(host).port(freePort(host)).updateOffline(Duration.ofMillis(600))
                .rebootOffline(Duration.ofMillis(100)).build());
    }

    /** Discovers the fleet and answers the inventory ids by MAC. */
    public static Map<String, String> discover(RunningServer server, SimulatedFleet fleet) {
        String first = fleet.devices().getFirst().host();
        String prefix = first.substring(0, first.lastIndexOf('.') + 1);
        int from = Integer.parseInt(first.substring(first.lastIndexOf('.') + 1));
        String range = prefix + from + "-" + (from + fleet.devices().size() - 1) + ":" + fleet.devices().getFirst().port();
        RunningServer.Reply started = server.post("/api/v1/discovery/scans", "{\"targets\":[\"" + range + "\"]}");
        assertThat(started.status()).isEqualTo(202);
        awaitJob(server, started.body().path("id").asString());
        Map<String, String> ids = new HashMap<>();
        for (JsonNode device : server.get("/api/v1/devices?size=500").body().path("items")) {
            ids.put(device.path("mac").asString(), device.path("id").asString());
        }
        assertThat(ids).hasSize(fleet.devices().size());
        return ids;
    }

    public static JsonNode awaitJob(RunningServer server, String id) {
        await().atMost(LIMIT).until(() -> !Set.of("QUEUED", "RUNNING")
                .contains(server.get("/api/v1/jobs/" + id).body().path("state").asString()));
        return server.get("/api/v1/jobs/" + id).body();
    }

    static JsonNode awaitRollout(RunningServer server, String id, Predicate<JsonNode> condition) {
        await().atMost(LIMIT).pollInterval(Duration.ofMillis(50))
                .until(() -> condition.test(server.get("/api/v1/firmware/rollouts/" + id).body()));
        return server.get("/api/v1/firmware/rollouts/" + id).body();
    }

    static JsonNode device(JsonNode rollout, String deviceId) {
        for (JsonNode device : rollout.path("devices")) {
            if (device.path("deviceId").asString().equals(deviceId)) {
                return device;
            }
        }
        throw new AssertionError("device " + deviceId + " is not in the rollout");
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
