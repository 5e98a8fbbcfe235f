package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helpers: register a simulated fleet with a running server, change devices directly, wait for jobs. */
public final class ConfigFleet {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ConfigFleet() {
    }

    /** Adds every simulated device to the inventory; answers the inventory ids in fleet order. */
    public static List<String> register(RunningServer server, SimulatedFleet fleet) {
        List<String> ids = new ArrayList<>();
        for (SimulatedDevice device : fleet.devices()) {
            String credentials = device.password() == null ? "null"
                    : "{\"username\":\"" + (device.user() == null ? "admin" : device.user()) + "\",\"password\":\"" + device.password() + "\"}";
            RunningServer.Reply added = server.post("/api/v1/devices",
                    "{\"address\":\"" + device.address() + "\",\"credentials\":" + credentials + "}");
            assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
            ids.add(added.body().path("id").asString());
        }
        return ids;
    }

    public static JsonNode awaitJob(RunningServer server, JsonNode job) {
        String id = job.path("id").asString();
        await().atMost(Duration.ofSeconds(120)).until(() -> server.get("/api/v1/jobs/" + id).body().path("state").asString(),
                state -> !state.equals("QUEUED") && !state.equals("RUNNING"));
        return server.get("/api/v1/jobs/" + id).body();
    }

    /** A change made as on the device's own web page: straight to the device, not through the manager. */
    public static void changeDirectly(SimulatedDevice device, String gen1PathAndQuery, String rpcMethod, String rpcParams) {
        try {
            HttpRequest request = device.generation() == 1
                    ? HttpRequest.newBuilder(URI.create("http://" + device.address() + gen1PathAndQuery)).GET().build()
                    : HttpRequest.newBuilder(URI.create("http://" + device.address() + "/rpc/" + rpcMethod))
                            .POST(HttpRequest.BodyPublishers.ofString(rpcParams)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
