package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/** Status of every simulated model, history and energy, metrics, through the whole server. */
class TelemetryServerTest {

    private static final Set<String> UNMETERED = Set.of("SHSW-1", "SHHT-1", "SHIX3-1", "SNSW-001X16EU", "SNSN-0024X",
            "SNSN-0013A", "S4SW-001X16EU");
    private static final Map<String, Integer> OUTPUTS = Map.ofEntries(Map.entry("SHSW-1", 1), Map.entry("SHSW-PM", 1),
            Map.entry("SHSW-25", 2), Map.entry("SHPLG-S", 1), Map.entry("SHEM", 1), Map.entry("SHEM-3", 1),
            Map.entry("SNSW-001X16EU", 1), Map.entry("SNSW-001P16EU", 1), Map.entry("SNSW-102P16EU", 2),
            Map.entry("SNPL-00112EU", 1), Map.entry("SPSW-004PE16EU", 4), Map.entry("S3SW-001P16EU", 1),
            Map.entry("S3SW-002P16EU", 2), Map.entry("S4SW-001X16EU", 1), Map.entry("S4PL-00416EU", 4),
            Map.entry("SHDM-2", 1), Map.entry("SHRGBW2", 1));

    private static SimulatedFleet fleet;
    private static RunningServer server;
    private static final Map<SimulatedDevice, String> ids = new HashMap<>();

    @BeforeAll
    static void start() {
        fleet = SimulatedFleet.start(SimulatedModels.allModels());
        server = RunningServer.start("--shelly-manager.telemetry.interval=1h",
                "--shelly-manager.telemetry.history.sample-interval=0s", "--shelly-manager.telemetry.history.flush-interval=200ms");
        for (SimulatedDevice device : fleet.devices()) {
            ids.put(device, Devices.add(server, device));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        fleet.close();
    }

    @Test
    void reportsTheRightFieldsForEverySimulatedModel() {
        assertThat(fleet.devices()).hasSize(SimulatedModels.GEN1.size() + SimulatedModels.RPC.size() + 2);
        for (SimulatedDevice device : fleet.devices().subList(0, SimulatedModels.GEN1.size() + SimulatedModels.RPC.size())) {
            JsonNode status = refresh(device);
            String model = device.model();
            assertThat(status.path("state").asString()).as(model).isEqualTo("ONLINE");
            assertThat(status.path("source").asString()).as(model).isEqualTo("poll");
            assertThat(value(status, "device", "rssi")).as(model + " rssi").isNotNull();
            long outputs = readings(status).stream().filter(r -> r.path("metric").asString().equals("output")).count();
            assertThat(outputs).as(model + " outputs").isEqualTo((long) OUTPUTS.getOrDefault(model, 0));
            assertThat(status.path("powerW").isNull()).as(model + " metered").isEqualTo(UNMETERED.contains(model));
            assertThat(status.path("battery").asBoolean()).as(model + " battery").isEqualTo(model.equals("SHHT-1")
                    || model.equals("SNSN-0013A"));
        }
        for (String ht : List.of("SHHT-1", "SNSN-0013A")) {
            JsonNode status = refresh(model(ht));
            assertThat(value(status, "temperature:0", "temperature")).as(ht).isBetween(-40.0, 60.0);
            assertThat(value(status, "humidity:0", "humidity")).as(ht).isBetween(0.0, 100.0);
            assertThat(value(status, "devicepower:0", "battery")).as(ht).isBetween(0.0, 100.0);
        }
        assertThat(value(refresh(model("SHEM-3")), "emeter:2", "voltage")).isBetween(200.0, 260.0);
        assertThat(value(refresh(model("SPEM-003CEBEU")), "em:0:c", "voltage")).isBetween(200.0, 260.0);
        assertThat(value(refresh(model("SPEM-003CEBEU")), "emdata:0", "energy_counter")).isPositive();
        assertThat(refresh(model("SHIX3-1")).path("readings").toString()).contains("input:2");
        assertThat(value(refresh(model("SHSW-25", "roller")), "cover:0", "position")).isNotNull();
        assertThat(value(refresh(model("SNSW-102P16EU", "cover")), "cover:0", "power")).isNotNull();
    }

    @Test
    void aPlugThatDrawsPowerShowsItAndCountsItsEnergyInHistory() {
        SimulatedDevice plug = model("SNPL-00112EU");
        plug.setOutput(0, true);
        Instant from = Instant.now().minusSeconds(60);
        double first = refresh(plug).path("energyWh").asDouble();
        await().atMost(Duration.ofSeconds(30)).until(() -> refresh(plug).path("energyWh").asDouble() > first);
        JsonNode latest = refresh(plug);
        assertThat(latest.path("powerW").asDouble()).isPositive();

        String range = "from=" + from + "&to=" + Instant.now().plusSeconds(60);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.get("/api/v1/energy?deviceId=" + ids.get(plug) + "&"
                + range + "&period=day&zone=UTC").body().path("rows").size() == 1);
        JsonNode energy = server.get("/api/v1/energy?deviceId=" + ids.get(plug) + "&" + range + "&period=day&zone=UTC").body();
        assertThat(energy.path("rows").get(0).path("totalWh").asDouble()).isPositive();
        JsonNode series = server.get("/api/v1/devices/" + ids.get(plug) + "/history?" + range + "&metric=power").body();
        assertThat(series.path("resolution").asString()).isEqualTo("raw");
        assertThat(series.path("points").valueStream().map(p -> p.path("channel").asString())).contains("switch:0");
    }

    @Test
    void energyWithoutAChoiceCoversTheWholeFleetAndWithATagOrRoomOnlyTheDevicesChosen() {
        String plug = ids.get(model("SNPL-00112EU"));
        String meter = ids.get(model("SHEM-3"));
        assertThat(server.patch("/api/v1/devices/" + plug, "{\"tags\":[\"metered\"],\"room\":\"Cellar\"}").status())
                .isEqualTo(200);
        assertThat(server.patch("/api/v1/devices/" + meter, "{\"tags\":[\"metered\"]}").status()).isEqualTo(200);
        String range = "/api/v1/energy?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z";

        assertThat(server.get(range).body().path("devices").asInt()).isEqualTo(fleet.devices().size());
        assertThat(server.get(range + "&tag=metered").body().path("devices").asInt()).isEqualTo(2);
        assertThat(server.get(range + "&room=cellar").body().path("devices").asInt()).isEqualTo(1);
        assertThat(server.get(range + "&tag=metered&room=Cellar").body().path("devices").asInt()).isEqualTo(1);
    }

    @Test
    void watchingADevicePollsItAtOnce() {
        SimulatedDevice device = model("SHSW-PM");
        Instant before = Instant.now();
        assertThat(server.post("/api/v1/devices/" + ids.get(device) + "/watch", "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.parse(server.get("/api/v1/devices/" + ids.get(device)
                + "/status").body().path("lastAttempt").asString("1970-01-01T00:00:00Z")).isAfter(before));
    }

    @Test
    void badHistoryQueriesAreProblemsWithACode() {
        String id = ids.get(model("SHSW-1"));
        assertThat(server.get("/api/v1/devices/" + id + "/history?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z").code())
                .isEqualTo("request.invalid");
        assertThat(server.get("/api/v1/devices/" + id + "/history?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z"
                + "&resolution=weekly").code()).isEqualTo("request.invalid");
        assertThat(server.get("/api/v1/energy?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&period=year").code())
                .isEqualTo("request.invalid");
        assertThat(server.get("/api/v1/devices/no-such-device/status").code()).isEqualTo("device.not-found");
    }

    @Test
    void prometheusShowsPerDeviceGaugesAndPollMetrics() {
        refresh(model("SNPL-00112EU"));
        server.bean(DeviceGauges.class).refresh();
        String metrics = server.get("/actuator/prometheus").text();
        assertThat(metrics).contains("shelly_device_online{", "id=\"" + ids.get(model("SNPL-00112EU")) + "\"",
                "model=\"SNPL-00112EU\"", "shelly_device_power_watts{", "shelly_device_firmware_info{",
                "shelly_poll_latency_seconds", "shelly_poll_queue_lag_seconds", "http_server_requests_seconds_count{");
        assertThat(metrics).as("the security filters are not observed one by one").doesNotContain("spring_security_");
    }

    @Test
    void aDeviceGaugeReadsItsValueAtScrapeTimeAndIsRegisteredAgainOnlyWhenItsLabelsChange() {
        SimulatedDevice plug = model("S3SW-001P16EU");
        String id = ids.get(plug);
        DeviceGauges gauges = server.bean(DeviceGauges.class);
        MeterRegistry registry = server.bean(MeterRegistry.class);
        refresh(plug);
        gauges.refresh();
        Gauge power = registry.get("shelly.device.power").tag("id", id).gauge();
        gauges.refresh();
        assertThat(registry.get("shelly.device.power").tag("id", id).gauge()).as("nothing changed").isSameAs(power);
        double polled = refresh(plug).path("powerW").asDouble();
        assertThat(power.value()).as("the value of the latest poll, without a refresh").isEqualTo(polled);

        assertThat(server.patch("/api/v1/devices/" + id, "{\"name\":\"Gauge plug\"}").status()).isEqualTo(200);
        server.bean(PollTargets.class).sync();
        gauges.refresh();
        assertThat(registry.find("shelly.device.power").tag("id", id).gauges()).singleElement()
                .satisfies(g -> assertThat(g.getId().getTag("name")).isEqualTo("Gauge plug"));
    }

    private static JsonNode refresh(SimulatedDevice device) {
        RunningServer.Reply reply = server.post("/api/v1/devices/" + ids.get(device) + "/status/refresh", "");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static List<JsonNode> readings(JsonNode status) {
        return status.path("readings").valueStream().toList();
    }

    static Double value(JsonNode status, String channel, String metric) {
        return status.path("readings").valueStream()
                .filter(r -> r.path("channel").asString().equals(channel) && r.path("metric").asString().equals(metric))
                .map(r -> r.path("value").asDouble()).findFirst().orElse(null);
    }

    private static SimulatedDevice model(String model) {
        return fleet.devices().stream().filter(d -> d.model().equals(model)).findFirst().orElseThrow();
    }

    private static SimulatedDevice model(String model, String profile) {
        return fleet.devices().stream().filter(d -> d.model().equals(model) && profile.equals(d.profile())).findFirst()
                .orElseThrow();
    }
}
