package org.shellymanager.manager.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;

/** Scans as jobs: cancelled through the API, failing while recording, and with an mDNS browse where multicast fails. */
class DiscoveryJobsTest {

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static final List<ServerSocket> silent = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        fleet = SimulatedFleet.start(FleetSpec.builder().host("127.0.0.1").add("SNSW-001P16EU", 2).add("SHSW-1", 1).build());
        for (int i = 0; i < 20; i++) {
            silent.add(LoopbackEndpoints.silentListener());
        }
        server = RunningServer.start("--shelly-manager.discovery.concurrency=2",
                "--shelly-manager.discovery.request-timeout=2s",
                "--shelly-manager.discovery.mdns.interfaces=127.0.0.1",
                "--shelly-manager.discovery.mdns.browse-time=200ms");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        for (ServerSocket socket : silent) {
            socket.close();
        }
    }

    @Test
    void aScanCancelledThroughTheApiEndsCancelledAndKeepsWhatItFound() {
        List<String> targets = new ArrayList<>(List.of(fleet.devices().get(0).address(), fleet.devices().get(1).address()));
        silent.forEach(socket -> targets.add(LoopbackEndpoints.address(socket).toString()));
        String id = server.post("/api/v1/discovery/scans", "{\"targets\":" + json(targets) + "}").body().path("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress(id) >= 2);

        RunningServer.Reply cancel = server.post("/api/v1/jobs/" + id + "/cancel", "");

        assertThat(cancel.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !server.get("/api/v1/jobs/" + id).body().path("state").asString()
                .matches("QUEUED|RUNNING"));
        JsonNode job = server.get("/api/v1/jobs/" + id).body();
        assertThat(job.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(job.path("summary").asString()).startsWith("cancelled after");
        assertThat(job.path("progress").path("done").asInt()).isBetween(2, targets.size() - 1);
        assertThat(job.path("results").findValuesAsString("target"))
                .contains(fleet.devices().get(0).address(), fleet.devices().get(1).address());
        assertThat(macsInInventory()).contains(fleet.devices().get(0).mac(), fleet.devices().get(1).mac());
        assertThat(server.post("/api/v1/jobs/" + id + "/cancel", "").code()).isEqualTo("job.finished");
    }

    @Test
    void aBatchThatFailsWhileBeingRecordedLeavesNothingOfItBehind() {
        SimulatedDevice device = fleet.devices().get(2);
        InventoryService inventory = server.bean(InventoryService.class);
        RecordingJobContext context = new RecordingJobContext(result -> {
            throw new IllegalStateException("job results table is full");
        });
        try (ShellyDevices devices = ShellyDevices.create(AddressScanner.clientOptions())) {
            DiscoveryRun run = new DiscoveryRun(new AddressScanner(devices, 2), new DiscoveryDeviceCalls(devices, inventory),
                    inventory, server.bean(TransactionOperations.class),
                    new DiscoveryTargets(List.of(DeviceAddress.parse(device.address())), false, null), null, null);

            assertThatThrownBy(() -> run.run(context)).hasMessage("job results table is full");
        }
        assertThat(inventory.findByMac(device.mac())).as("the device insert was rolled back with its result").isEmpty();
    }

    @Test
    void anMdnsBrowseWhereMulticastDoesNotWorkNeverFailsTheScan() {
        SimulatedDevice device = fleet.devices().get(0);
        String id = server.post("/api/v1/discovery/scans", "{\"targets\":[\"" + device.address() + "\"],\"mdns\":true}")
                .body().path("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> !server.get("/api/v1/jobs/" + id).body().path("state").asString()
                .matches("QUEUED|RUNNING"));

        JsonNode job = server.get("/api/v1/jobs/" + id).body();
        assertThat(job.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("parameters").path("mdns").asBoolean()).isTrue();
        assertThat(job.path("summary").asString()).endsWith("; mDNS: 0 candidates, 0 not among the targets");
        assertThat(job.path("progress").path("done").asInt()).isEqualTo(1);
    }

    @Test
    void aScanWithoutTargetsMustAskForMdns() {
        RunningServer.Reply reply = server.post("/api/v1/discovery/scans", "{\"targets\":[],\"mdns\":false}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("request.invalid");
    }

    private static int progress(String id) {
        return server.get("/api/v1/jobs/" + id).body().path("progress").path("done").asInt();
    }

    private static List<String> macsInInventory() {
        return server.get("/api/v1/devices?size=500").body().path("items").findValuesAsString("mac");
    }

    private static String json(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
