package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Updates from a URL: the device downloads the image from a loopback server and installs what it names. */
class FirmwareUrlUpdateTest {

    private SimulatedFleet fleet;
    private HttpServer server;
    private final AtomicInteger downloads = new AtomicInteger();

    @AfterEach
    void stop() {
        fleet.close();
        server.stop(0);
    }

    private SimulatedDevice start(String model, String firmware, String image) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fw.zip", exchange -> {
            downloads.incrementAndGet();
            byte[] body = image.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        fleet = SimulatedFleet.start(FleetSpec.builder().updateOffline(Duration.ofMillis(400))
                .add(model, 1, d -> d.firmware(firmware)).build());
        return fleet.devices().getFirst();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fw.zip";
    }

    private static String image(String model, String buildId) {
        return "{\"format\":\"shelly-simulator-firmware\",\"model\":\"" + model + "\",\"build_id\":\"" + buildId + "\"}";
    }

    @Test
    void gen2DownloadsTheImageAndBootsTheBuildItNames() throws IOException {
        SimulatedDevice device = start("SNSW-001P16EU", "1.0.0", image("SNSW-001P16EU", "20250101-000000/1.9.0-gabc1234"));
        TestHttp.post(device.address(), "/rpc/Shelly.Update", "{\"url\":\"" + url() + "\"}");
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("ver").asString().equals("1.9.0"));
        assertThat(downloads.get()).isEqualTo(1);
    }

    @Test
    void gen1DownloadsTheImageFromTheOtaUrlParameter() throws IOException {
        SimulatedDevice device = start("SHSW-1", "1.13.0", image("SHSW-1", "20250101-000000/v1.15.0-gabc1234"));
        TestHttp.get(device.address(), "/ota?url=" + URLEncoder.encode(url(), StandardCharsets.UTF_8));
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("fw").asString().contains("v1.15.0"));
    }

    @Test
    void imageForAnotherModelIsRefusedAndTheDeviceStaysOnItsVersion() throws Exception {
        SimulatedDevice device = start("SNSW-001P16EU", "1.0.0", image("SHSW-1", "20250101-000000/1.9.0-gabc1234"));
        TestHttp.post(device.address(), "/rpc/Shelly.Update", "{\"url\":\"" + url() + "\"}");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> downloads.get() == 1);
        Thread.sleep(600);
        assertThat(TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("ver").asString()).isEqualTo("1.0.0");
    }
}
