package org.shellymanager.simulator.firmware;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads a firmware image from a URL, as a device does for {@code Shelly.Update {url}} and Gen1
 * {@code /ota?url=}. A simulated image is a small JSON document,
 * {@code {"format": "shelly-simulator-firmware", "model": "SNSW-001P16EU", "build_id": "20240819-074337/1.4.2-gc2639da"}};
 * the device installs the build id when the model is its own. Only loopback URLs are fetched: simulated devices
 * never send traffic off the machine.
 */
public final class ImageDownload {

    public static final String FORMAT = "shelly-simulator-firmware";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What came of a download: the build id to install, or why the image was refused. */
    public sealed interface Outcome {
        record Image(String buildId) implements Outcome { }

        record Refused(String reason) implements Outcome { }
    }

    private ImageDownload() {
    }

    /** Fetches and checks the image for a device of this model; never throws. */
    public static Outcome fetch(String url, String model) {
        URI uri;
        try {
            uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
                return new Outcome.Refused("unsupported URL " + url);
            }
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                return new Outcome.Refused("the simulator only downloads from loopback addresses, not " + uri.getHost());
            }
        } catch (IllegalArgumentException | UnknownHostException e) {
            return new Outcome.Refused("bad URL " + url);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Outcome.Refused("download failed with HTTP " + response.statusCode());
            }
            return check(response.body(), model);
        } catch (IOException e) {
            return new Outcome.Refused("download failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Refused("download interrupted");
        }
    }

    static Outcome check(byte[] body, String model) {
        if (body.length > MAX_BYTES) {
            return new Outcome.Refused("image too large");
        }
        JsonNode image;
        try {
            image = JSON.readTree(body);
        } catch (JacksonException e) {
            return new Outcome.Refused("invalid image");
        }
        if (!FORMAT.equals(image.path("format").asString(""))) {
            return new Outcome.Refused("invalid image");
        }
        if (!model.equals(image.path("model").asString(""))) {
            return new Outcome.Refused("image is for " + image.path("model").asString("another model") + ", not " + model);
        }
        String buildId = image.path("build_id").asString("");
        return buildId.isBlank() ? new Outcome.Refused("image has no build id") : new Outcome.Image(buildId);
    }
}
