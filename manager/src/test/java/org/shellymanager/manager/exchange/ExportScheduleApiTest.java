package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.device.Sha256;
import org.shellymanager.manager.exchange.format.JsonExporter;
import org.shellymanager.manager.platform.JdbcSettingStore;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import tools.jackson.databind.JsonNode;

/** Export schedules and the completion webhook through the REST API, with a real HTTP receiver on 127.0.0.1. */
class ExportScheduleApiTest {

    private static final String SECRET = "shared webhook secret";

    private static RunningServer server;
    private static HttpServer receiver;
    private static final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private static final AtomicInteger answer = new AtomicInteger(204);

    record Delivery(String signature, String event, byte[] body) {
    }

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Shelly-Manager-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Shelly-Manager-Event"), body));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        server = RunningServer.start("--shelly-manager.security.outbound-allow-loopback=true");
        String fleet = new JsonExporter().export(Snapshots.fleet(), ExportService.request(new JsonExporter(), null, Map.of()))
                .getFirst().text();
        assertThat(server.as(Role.ADMIN).send(server.request("/api/v1/imports").setHeader("Content-Type", "application/octet-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(fleet))).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.stop(0);
    }

    private static String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String schedule(String name, Path dir, String extra) {
        return "{\"name\":\"" + name + "\",\"exporter\":\"hosts\",\"options\":{\"domain\":\"home.arpa\"},\"directory\":\""
                + dir + "\",\"schedule\":\"0 3 * * *\",\"keepLast\":2" + extra + "}";
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyBadFieldOfAScheduleIsNamedAndNothingIsKept(@TempDir Path dir) throws IOException {
        Path aFile = Files.writeString(dir.resolve("not-a-directory"), "x");
        RunningServer.Reply bad = server.as(Role.ADMIN).post("/api/v1/exports/schedules", "{\"name\":\"Bad Name\","
                + "\"exporter\":\"nope\",\"directory\":\"" + aFile.resolve("sub") + "\",\"schedule\":\"every day\",\"keepLast\":0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("export.schedule-invalid");
        List<String> errors = bad.body().path("errors").valueStream().map(JsonNode::asString).toList();
        assertThat(errors).hasSize(5)
                .anyMatch(e -> e.startsWith("name must be"))
                .anyMatch(e -> e.startsWith("No exporter named 'nope'"))
                .anyMatch(e -> e.startsWith("directory '" + aFile.resolve("sub") + "' cannot be written to"))
                .anyMatch(e -> e.startsWith("schedule 'every day': not an interval"))
                .anyMatch(e -> e.startsWith("keepLast must be from 1 to 1000"));
        RunningServer.Reply relative = server.as(Role.ADMIN).post("/api/v1/exports/schedules",
                "{\"name\":\"rel\",\"exporter\":\"hosts\",\"format\":\"xml\",\"options\":{\"colour\":\"red\"},\"directory\":\"exports\",\"schedule\":\"PT10S\"}");
        assertThat(relative.body().path("errors").valueStream().map(JsonNode::asString).toList())
                .anyMatch(e -> e.contains("format must be one of [hosts]") && e.contains("unknown option 'colour'"))
                .anyMatch(e -> e.equals("directory 'exports' must be an absolute path"))
                .anyMatch(e -> e.contains("the interval must be at least one minute"));
        assertThat(server.as(Role.OPERATOR).post("/api/v1/exports/schedules", schedule("op", dir, "")).status()).isEqualTo(403);
        assertThat(server.as(Role.VIEWER).get("/api/v1/exports/schedules").body().findValuesAsString("name")).doesNotContain("rel", "op");
    }

    @Test
    void aRunWritesItsFileRecordsItPrunesOldFilesAndCallsTheSignedWebhook(@TempDir Path dir) throws Exception {
        assertThat(server.as(Role.ADMIN).put("/api/v1/exports/webhook", "{\"url\":\"" + hook() + "\",\"secret\":\"" + SECRET + "\"}")
                .body().path("secretSet").asBoolean()).isTrue();
        RunningServer.Reply created = server.as(Role.ADMIN).post("/api/v1/exports/schedules", schedule("nightly-hosts", dir, ""));
        assertThat(created.status()).isEqualTo(201);
        assertThat(server.as(Role.ADMIN).post("/api/v1/exports/schedules", schedule("nightly-hosts", dir, "")).code())
                .isEqualTo("export.schedule-duplicate");
        Files.writeString(dir.resolve("notes.txt"), "not ours");
        deliveries.clear();

        String lastFile = null;
        for (int i = 0; i < 3; i++) {
            RunningServer.Reply run = server.as(Role.OPERATOR).post("/api/v1/exports/schedules/nightly-hosts/run", "");
            assertThat(run.body().path("result").asString()).isEqualTo("SUCCEEDED");
            lastFile = run.body().path("file").asString();
            Thread.sleep(5);
        }
        List<String> files = files(dir);
        assertThat(files).hasSize(3).contains("notes.txt").allMatch(f -> !f.startsWith("."));
        assertThat(dir.resolve(Path.of(lastFile).getFileName())).exists();
        assertThat(Files.readString(Path.of(lastFile))).contains("home.arpa");

        Delivery delivery = null;
        for (int i = 0; i < 3; i++) {
            delivery = deliveries.poll(30, TimeUnit.SECONDS);
            assertThat(delivery).isNotNull();
        }
        JsonNode body = Parsers.JSON.readTree(delivery.body());
        assertThat(delivery.event()).isEqualTo("export.completed");
        assertThat(delivery.signature()).isEqualTo("sha256=" + ExportWebhook.hmac(SECRET, delivery.body()));
        assertThat(body.path("status").asString()).isEqualTo("succeeded");
        assertThat(body.path("format").asString()).isEqualTo("hosts");
        assertThat(body.path("schedule").asString()).isEqualTo("nightly-hosts");
        assertThat(body.path("sha256").asString()).isEqualTo(Sha256.hex(Files.readAllBytes(Path.of(body.path("file").asString()))));
        assertThat(body.path("bytes").asLong()).isEqualTo(Files.size(Path.of(body.path("file").asString())));

        String exportId = body.path("exportId").asString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode record = server.as(Role.VIEWER).get("/api/v1/exports/history").body().valueStream()
                    .filter(r -> r.path("id").asString().equals(exportId)).findFirst().orElseThrow();
            assertThat(record.path("file").asString()).isEqualTo(body.path("file").asString());
            assertThat(record.path("webhook").asString()).isEqualTo("delivered: HTTP 204");
        });
        JsonNode stored = server.as(Role.VIEWER).get("/api/v1/exports/schedules/nightly-hosts").body();
        assertThat(stored.path("lastResult").asString()).isEqualTo("SUCCEEDED");
        assertThat(server.as(Role.ADMIN).get("/api/v1/exports/webhook").text()).doesNotContain(SECRET);
        assertThat(server.bean(JdbcSettingStore.class).find(ExportWebhook.SECRET_SETTING).orElseThrow())
                .startsWith("v1:").doesNotContain(SECRET);
        assertThat(server.as(Role.ADMIN).delete("/api/v1/exports/schedules/nightly-hosts").status()).isEqualTo(204);
    }

    @Test
    void aFailingWebhookNeverFailsTheExportAndItsAnswerIsRecorded() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(server.as(Role.ADMIN).put("/api/v1/exports/webhook", "{\"url\":\"http://127.0.0.1:" + closedPort + "/gone\"}")
                .status()).isEqualTo(200);
        RunningServer.Reply export = server.as(Role.VIEWER).post("/api/v1/exports/hosts", "{}");
        assertThat(export.status()).isEqualTo(200);
        String sha = export.header("X-Export-Sha256");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(server.as(Role.VIEWER).get("/api/v1/exports/history")
                .body().valueStream().filter(r -> r.path("sha256").asString().equals(sha)).findFirst().orElseThrow()
                .path("webhook").asString()).startsWith("failed: ConnectException"));

        answer.set(500);
        deliveries.clear();
        server.as(Role.ADMIN).put("/api/v1/exports/webhook", "{\"url\":\"" + hook() + "\",\"secret\":\"\"}");
        assertThat(server.as(Role.VIEWER).post("/api/v1/exports/json", "{}").status()).isEqualTo(200);
        Delivery delivery = deliveries.poll(30, TimeUnit.SECONDS);
        assertThat(delivery).isNotNull();
        assertThat(delivery.signature()).isNull();
        assertThat(Parsers.JSON.readTree(delivery.body()).path("file").asString()).isEqualTo("fleet.json");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(server.as(Role.VIEWER)
                .get("/api/v1/exports/history").body().get(0).path("webhook").asString()).isEqualTo("failed: HTTP 500"));
        answer.set(204);
    }

    @Test
    void theWebhookMayNotPointAtTheManagerItselfAndIsAdminOnly() {
        RunningServer.Reply self = server.as(Role.ADMIN).put("/api/v1/exports/webhook", "{\"url\":\"" + server.url() + "/api/v1/health\"}");
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.code()).isEqualTo("outbound.url-refused");
        assertThat(server.as(Role.ADMIN).put("/api/v1/exports/webhook", "{\"url\":\"ftp://127.0.0.1/x\"}").code())
                .isEqualTo("outbound.url-refused");
        assertThat(server.as(Role.OPERATOR).put("/api/v1/exports/webhook", "{\"url\":\"" + hook() + "\"}").status()).isEqualTo(403);
        assertThat(server.as(Role.OPERATOR).get("/api/v1/exports/webhook").status()).isEqualTo(403);
    }
}
