package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.exchange.format.JsonExporter;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import tools.jackson.databind.JsonNode;

/** Import, export and backup through the REST API of a whole server. */
class ExchangeApiTest {

    private static RunningServer server;
    private static String fleetJson;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        fleetJson = new JsonExporter().export(Snapshots.fleet(), ExportService.request(new JsonExporter(), null, Map.of()))
                .getFirst().text();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RunningServer.Reply upload(String path, String body, Role role) {
        return server.as(role).send(server.request(path).setHeader("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void importIntoAnEmptyInventoryThenExportGivesTheSameDocument() {
        RunningServer.Reply dry = upload("/api/v1/imports?dryRun=true", fleetJson, Role.ADMIN);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.body().path("created").asInt()).isEqualTo(5);
        assertThat(dry.body().path("applied").asBoolean()).isFalse();
        assertThat(server.get("/api/v1/devices").body().path("total").asLong()).isZero();

        RunningServer.Reply applied = upload("/api/v1/imports", fleetJson, Role.ADMIN);
        assertThat(applied.body().path("created").asInt()).isEqualTo(5);

        RunningServer.Reply export = server.as(Role.VIEWER).post("/api/v1/exports/json", "{}");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).isEqualTo(fleetJson);
        assertThat(export.headers().firstValue("X-Export-Sha256")).hasValueSatisfying(sha -> assertThat(sha).hasSize(64));

        RunningServer.Reply again = upload("/api/v1/imports?policy=overwrite", fleetJson, Role.ADMIN);
        assertThat(again.body().path("unchanged").asInt()).isEqualTo(5);

        JsonNode history = server.as(Role.VIEWER).get("/api/v1/exports/history").body();
        assertThat(history.get(0).path("exporter").asString()).isEqualTo("json");
        assertThat(history.get(0).path("sha256").asString()).isEqualTo(export.headers().firstValue("X-Export-Sha256").orElseThrow());
    }

    @Test
    void csvImportReportsEveryBadFieldWithItsLineAndChangesNothing() {
        long before = server.get("/api/v1/devices").body().path("total").asLong();
        String csv = "mac,name,port\r\nA8032A0000AA,ok,80\r\nnot-a-mac,x,80\r\nA8032A0000AB,y,99999\r\n";
        RunningServer.Reply refused = upload("/api/v1/imports", csv, Role.ADMIN);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("import.invalid");
        List<String> errors = refused.body().path("errors").valueStream().map(JsonNode::asString).toList();
        assertThat(errors).anyMatch(e -> e.startsWith("line 3, field mac"))
                .anyMatch(e -> e.startsWith("line 4, field port"));
        RunningServer.Reply unknown = upload("/api/v1/imports", "mac,name\r\nA8032A0000AA,new\r\n", Role.ADMIN);
        assertThat(unknown.body().path("errors").get(0).asString())
                .isEqualTo("line 2: A8032A0000AA is not in the inventory, and adding it needs [deviceId, model, generation, firmware, host, port]");
        assertThat(server.get("/api/v1/devices").body().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void importNeedsAdminAndUnknownFormatsAreRefused() {
        assertThat(upload("/api/v1/imports", fleetJson, Role.OPERATOR).status()).isEqualTo(403);
        RunningServer.Reply unknown = upload("/api/v1/imports", "hello world", Role.ADMIN);
        assertThat(unknown.status()).isEqualTo(415);
        assertThat(unknown.code()).isEqualTo("import.format-unknown");
    }

    @Test
    void exportOptionsAreCheckedAndPreviewsShowTheFirstDevices() {
        RunningServer.Reply bad = server.as(Role.VIEWER).post("/api/v1/exports/hosts", "{\"format\":\"hosts\",\"options\":{\"domain\":\"Not Valid\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("export.options-invalid");
        assertThat(server.as(Role.VIEWER).post("/api/v1/exports/nope", "{}").code()).isEqualTo("export.unknown-exporter");
        RunningServer.Reply preview = server.as(Role.VIEWER).post("/api/v1/exports/template/preview", "{\"options\":{\"template\":\"markdown\"}}");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().path("files").get(0).path("content").asString()).startsWith("# Shelly devices");
        assertThat(server.as(Role.VIEWER).get("/api/v1/exporters").body().size()).isEqualTo(15);
    }

    @Test
    void backupsAreAdminOnlyAndVerifyWithTheirPassphrase() {
        assertThat(server.as(Role.OPERATOR).post("/api/v1/backups", "").status()).isEqualTo(403);
        RunningServer.Reply created = server.as(Role.ADMIN).send(server.request("/api/v1/backups")
                .header("X-Archive-Passphrase", "secret words").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(created.status()).isEqualTo(201);
        String name = created.body().path("name").asString();
        assertThat(server.get("/api/v1/backups").body().findValuesAsString("name")).contains(name);
        RunningServer.Reply wrong = server.as(Role.ADMIN).send(server.request("/api/v1/backups/" + name + "/verify")
                .header("X-Archive-Passphrase", "other words").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(wrong.code()).isEqualTo("archive.passphrase");
        RunningServer.Reply verified = server.as(Role.ADMIN).send(server.request("/api/v1/backups/" + name + "/verify")
                .header("X-Archive-Passphrase", "secret words").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("rows").has("devices")).isTrue();
        byte[] archive = readArchive(name);
        RunningServer.Reply uploaded = server.as(Role.ADMIN).send(server.request("/api/v1/backups/verify")
                .setHeader("Content-Type", "application/octet-stream").header("X-Archive-Passphrase", "secret words")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
        assertThat(uploaded.status()).isEqualTo(200);
        RunningServer.Reply dryRun = server.as(Role.ADMIN).send(server.request("/api/v1/restore?dryRun=true")
                .setHeader("Content-Type", "application/octet-stream").header("X-Archive-Passphrase", "secret words")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().path("dryRun").asBoolean()).isTrue();
        assertThat(server.get("/api/v1/backups/../../etc/passwd").status()).isIn(400, 404);
    }

    private static byte[] readArchive(String name) {
        try {
            return Files.readAllBytes(server.dataDir().resolve("archives").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
