package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.exchange.format.JsonExporter;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.security.Role;
import tools.jackson.databind.JsonNode;

/** The per-device TOML files carry each device's own desired configuration, and import restores it exactly. */
class DesiredConfigExchangeTest {

    private static final String WIFI_KEY = "very-secret-wifi-key";

    private static RunningServer source;
    private static RunningServer target;

    @BeforeAll
    static void start() {
        source = RunningServer.start();
        target = RunningServer.start();
        String fleet = new JsonExporter().export(Snapshots.fleet(), ExportService.request(new JsonExporter(), null, Map.of()))
                .getFirst().text();
        assertThat(upload(source, "/api/v1/imports", fleet.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(source.as(Role.ADMIN).put("/api/v1/config/secrets/home-wifi", "{\"value\":\"" + WIFI_KEY + "\"}").status())
                .isEqualTo(204);
        assertThat(source.as(Role.OPERATOR).put("/api/v1/config/devices/id-1/overrides", """
                {"settings": {"wifi": {"sta": {"password": {"secret": "home-wifi"}, "ssid": "home"}},
                              "mqtt": {"server": "10.0.0.2:1883", "enabled": true},
                              "switches": {"0": {"name": "${var.label}", "autoOff": 30}}},
                 "variables": {"label": "Pump", "floor": "2"}}""").status()).isEqualTo(200);
        assertThat(source.as(Role.OPERATOR).put("/api/v1/config/devices/id-3/overrides",
                "{\"settings\": {}, \"variables\": {\"floor\": \"1\"}}").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
    }

    private static RunningServer.Reply upload(RunningServer server, String path, byte[] body) {
        return server.as(Role.ADMIN).send(server.request(path).setHeader("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The TOML tree as the ZIP the API delivers, byte for byte. */
    private static byte[] tomlExport(RunningServer server) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> export = http.send(server.request("/api/v1/exports/toml")
                    .header("Authorization", "Bearer " + server.token(Role.VIEWER))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(export.statusCode()).isEqualTo(200);
            return export.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> files(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Test
    void desiredConfigurationIsWrittenInSortedOrderWithSecretsOnlyByReference() {
        Map<String, String> files = files(tomlExport(source));
        String first = files.get("devices/a8032a000001.toml");
        assertThat(first).doesNotContain(WIFI_KEY).contains("desired.settings.wifi.sta.password.secret = \"home-wifi\"");
        assertThat(first.lines().filter(line -> line.startsWith("desired.")).toList()).containsExactly(
                "desired.settings.mqtt.enabled = true",
                "desired.settings.mqtt.server = \"10.0.0.2:1883\"",
                "desired.settings.switches.0.autoOff = 30",
                "desired.settings.switches.0.name = \"${var.label}\"",
                "desired.settings.wifi.sta.password.secret = \"home-wifi\"",
                "desired.settings.wifi.sta.ssid = \"home\"",
                "desired.variables.floor = \"2\"",
                "desired.variables.label = \"Pump\"");
        assertThat(files.get("devices/a8032a000003.toml")).contains("desired.variables.floor = \"1\"");
        assertThat(files.get("devices/a8032a000002.toml")).doesNotContain("desired");
        assertThat(String.join("", files.values())).doesNotContain(WIFI_KEY);
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainIsIdentical() {
        byte[] first = tomlExport(source);
        RunningServer.Reply imported = upload(target, "/api/v1/imports", first);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().path("created").asInt()).isEqualTo(5);

        assertThat(tomlExport(target)).isEqualTo(first);
        JsonNode overrides = target.as(Role.VIEWER).get("/api/v1/config/devices/id-1/overrides").body();
        assertThat(overrides).isEqualTo(source.as(Role.VIEWER).get("/api/v1/config/devices/id-1/overrides").body());

        RunningServer.Reply again = upload(target, "/api/v1/imports?policy=overwrite", first);
        assertThat(again.body().path("unchanged").asInt()).isEqualTo(5);
    }

    @Test
    void mergeFillsOnlyMissingSettingsOverwriteReplacesAndBadSettingsChangeNothing() {
        String device = files(tomlExport(source)).get("devices/a8032a000001.toml").lines()
                .filter(line -> !line.startsWith("desired.")).reduce("", (a, b) -> a + b + "\n");
        byte[] changed = (device + "desired.settings.mqtt.server = 'other:1883'\ndesired.settings.timezone = 'Europe/Berlin'\n"
                + "desired.variables.label = 'Fan'\n").getBytes(StandardCharsets.UTF_8);

        RunningServer.Reply dryRun = upload(source, "/api/v1/imports?policy=merge&dryRun=true", changed);
        assertThat(dryRun.body().path("changes").get(0).path("fields").toString()).isEqualTo("[\"desired\"]");

        RunningServer.Reply bad = upload(source, "/api/v1/imports?policy=overwrite",
                (device + "desired.settings.colour = 'red'\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().path("errors").get(0).asString()).startsWith("device.toml, desired.settings.colour is not a template setting");
        JsonNode before = source.as(Role.VIEWER).get("/api/v1/config/devices/id-1/overrides").body();
        assertThat(before.path("settings").path("mqtt").path("server").asString()).isEqualTo("10.0.0.2:1883");

        assertThat(upload(source, "/api/v1/imports?policy=merge", changed).status()).isEqualTo(200);
        JsonNode merged = source.as(Role.VIEWER).get("/api/v1/config/devices/id-1/overrides").body();
        assertThat(merged.path("settings").path("mqtt").path("server").asString()).isEqualTo("10.0.0.2:1883");
        assertThat(merged.path("settings").path("timezone").asString()).isEqualTo("Europe/Berlin");
        assertThat(merged.path("settings").path("wifi").path("sta").path("password").path("secret").asString()).isEqualTo("home-wifi");
        assertThat(merged.path("variables").path("label").asString()).isEqualTo("Pump");

        assertThat(upload(source, "/api/v1/imports?policy=overwrite", changed).status()).isEqualTo(200);
        JsonNode replaced = source.as(Role.VIEWER).get("/api/v1/config/devices/id-1/overrides").body();
        assertThat(replaced.path("settings").path("mqtt").path("server").asString()).isEqualTo("other:1883");
        assertThat(replaced.path("settings").has("wifi")).isFalse();
        assertThat(replaced.path("variables").toString()).isEqualTo("{\"label\":\"Fan\"}");
    }
}
