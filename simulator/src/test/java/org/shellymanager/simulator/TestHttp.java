package org.shellymanager.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.shellymanager.simulator.model.Yaml;
import tools.jackson.databind.JsonNode;

/** A plain HTTP client for tests, written against the wire (no code shared with the simulator's own parsing). */
final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestHttp() {
    }

    static HttpResponse<String> get(String address, String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://" + address + pathAndQuery)).GET(), headers);
    }

    static HttpResponse<String> post(String address, String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://" + address + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    static JsonNode json(HttpResponse<String> response) {
        return Yaml.MAPPER.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return CLIENT.send(builder.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
