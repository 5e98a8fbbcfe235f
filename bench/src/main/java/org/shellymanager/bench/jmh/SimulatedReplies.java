package org.shellymanager.bench.jmh;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * Real replies for the parsing benchmarks, taken once from simulated devices (whose wire format is written
 * independently of the device library) rather than copied fixtures.
 */
final class SimulatedReplies {

    /** {@code GET /status} of a Gen1 Plug S, {@code Shelly.GetStatus} of a Pro 4PM and of a Pro 3EM. */
    record Replies(byte[] gen1Status, byte[] pro4pmStatus, byte[] pro3emStatus) {
    }

    private SimulatedReplies() {
    }

    static Replies fetch() throws IOException, InterruptedException {
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder().host("127.0.0.1").basePort(28990)
                .add("SHPLG-S", 1).add("SPSW-004PE16EU", 1).add("SPEM-003CEBEU", 1).build());
             HttpClient http = HttpClient.newHttpClient()) {
            fleet.devices().get(0).setOutput(0, true);
            return new Replies(get(http, fleet.devices().get(0).address() + "/status"),
                    get(http, fleet.devices().get(1).address() + "/rpc/Shelly.GetStatus"),
                    get(http, fleet.devices().get(2).address() + "/rpc/Shelly.GetStatus"));
        }
    }

    private static byte[] get(HttpClient http, String addressAndPath) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create("http://" + addressAndPath)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(addressAndPath + " answered " + reply.statusCode());
        }
        return reply.body();
    }
}
