package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceCommandsTest {

    static final String PAGE = """
            {"items":[
              {"id":"dev-1","mac":"A8032AB12345","deviceId":"shellyplus1pm-a8032ab12345","model":"SNSW-001P16EU",
               "productName":"Shelly Plus 1PM","generation":2,"firmware":"1.4.4","address":"10.0.0.7:80",
               "name":"Kitchen light","room":"Kitchen","tags":["light","ground-floor"],"notes":null,"online":true,
               "needsCredentials":false,"hasCredentials":true},
              {"id":"dev-2","mac":"E868E7A1B2C3","deviceId":"shelly1-E868E7A1B2C3","model":"SHSW-1",
               "productName":null,"generation":1,"firmware":"20230913-112003/v1.14.0-gcb84623","address":"10.0.0.9:80",
               "name":null,"room":null,"tags":[],"notes":null,"online":false,"needsCredentials":true,"hasCredentials":false}
            ],"total":3,"page":0,"size":2}
            """;

    private RecordedApi api;

    @BeforeEach
    void startApi() throws IOException {
        api = new RecordedApi();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void listPrintsOneAlignedRowPerDeviceAndHowToReachTheNextPage() {
        api.reply("GET", "/api/v1/devices", 200, PAGE);

        CliRun run = CliRun.run("devices", "list", "--server", api.url(), "--size", "2");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "ID     NAME           MODEL                            GEN  ADDRESS      FIRMWARE                          ONLINE  LOGIN   ROOM     TAGS",
                "dev-1  Kitchen light  Shelly Plus 1PM (SNSW-001P16EU)  2    10.0.0.7:80  1.4.4                             yes     stored  Kitchen  light,ground-floor",
                "dev-2  -              SHSW-1                           1    10.0.0.9:80  20230913-112003/v1.14.0-gcb84623  no      needed  -        -",
                "devices 1-2 of 3; next page: --page 1");
    }

    @Test
    void listSendsOnlyTheFiltersGivenAsQueryParameters() {
        api.reply("GET", "/api/v1/devices", 200, PAGE);

        CliRun.run("devices", "list", "--server", api.url(), "--q", "kitchen light", "--generation", "2", "--online",
                "--needs-credentials=false", "--drift", "in-sync", "--tag", "light", "--sort", "name");

        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::pathAndQuery).isEqualTo(
                "/api/v1/devices?q=kitchen%20light&generation=2&tag=light&online=true&needsCredentials=false&drift=in-sync&sort=name&page=0&size=50");
    }

    @Test
    void listAsJsonPrintsTheServersAnswerUnchanged() {
        api.reply("GET", "/api/v1/devices", 200, PAGE);

        CliRun run = CliRun.run("devices", "list", "--server", api.url(), "-o", "json");

        assertThat(run.out()).contains("\"productName\" : \"Shelly Plus 1PM\"").contains("\"total\" : 3")
                .doesNotContain("next page");
    }

    @Test
    void showAsYamlPrintsTheDeviceAsYaml() {
        api.reply("GET", "/api/v1/devices/dev-1", 200, """
                {"id":"dev-1","model":"SNSW-001P16EU","generation":2,"tags":["light"],"online":true}""");

        CliRun run = CliRun.run("devices", "show", "dev-1", "--server", api.url(), "--output", "yaml");

        assertThat(run.out()).isEqualTo("""
                ---
                id: "dev-1"
                model: "SNSW-001P16EU"
                generation: 2
                tags:
                - "light"
                online: true
                """);
    }

    @Test
    void showAsTablePrintsOneFieldPerLine() {
        api.reply("GET", "/api/v1/devices/dev-1", 200, """
                {"id":"dev-1","name":"Kitchen light","tags":["light","ground-floor"],"room":null}""");

        CliRun run = CliRun.run("devices", "show", "dev-1", "--server", api.url());

        assertThat(run.out().lines()).containsExactly("id:   dev-1", "name: Kitchen light", "tags: light,ground-floor", "room: -");
    }

    @Test
    void unknownDevicePrintsTheServersProblemOnOneLineWithItsCode() {
        api.reply("GET", "/api/v1/devices/nope", 404, """
                {"type":"urn:shelly-manager:problem:device.not-found","title":"Device not found","status":404,
                 "detail":"No device with id 'nope'.","code":"device.not-found"}""");

        CliRun run = CliRun.run("devices", "show", "nope", "--server", api.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: No device with id 'nope'. [device.not-found, HTTP 404]" + System.lineSeparator());
    }

    @Test
    void addSendsTheAddressAndTheLoginReadFromAPasswordFile(@TempDir Path dir)
            throws IOException {
        Path secret = Files.writeString(dir.resolve("pw"), "s3cret\n");
        api.reply("POST", "/api/v1/devices", 201, """
                {"id":"dev-3","address":"10.0.0.12:80"}""");

        CliRun run = CliRun.run("devices", "add", "10.0.0.12", "--password-file", secret.toString(), "--server", api.url());

        assertThat(run.status()).isZero();
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::body).isEqualTo(
                "{\"address\":\"10.0.0.12\",\"credentials\":{\"username\":\"admin\",\"password\":\"s3cret\"}}");
    }

    @Test
    void setSendsOnlyTheChangedFieldsAndNullToClearTheLogin() {
        api.reply("PATCH", "/api/v1/devices/dev-1", 200, "{\"id\":\"dev-1\"}");

        CliRun run = CliRun.run("devices", "set", "dev-1", "--room", "Hall", "--tags", "a, b,,a", "--clear-credentials",
                "--server", api.url());

        assertThat(run.status()).isZero();
        assertThat(api.requests()).singleElement().extracting(RecordedApi.Request::body)
                .isEqualTo("{\"room\":\"Hall\",\"tags\":[\"a\",\"b\"],\"credentials\":null}");
    }

    @Test
    void setWithNothingToChangeIsAUsageErrorAndSendsNothing() {
        CliRun run = CliRun.run("devices", "set", "dev-1", "--server", api.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: nothing to change");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void userWithoutPasswordIsAUsageError() {
        CliRun run = CliRun.run("devices", "add", "10.0.0.12", "--user", "admin", "--server", api.url());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--user needs a password too");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void forgetDeletesTheDeviceAndSaysSo() {
        api.reply("DELETE", "/api/v1/devices/dev-2", 204, "");

        CliRun run = CliRun.run("devices", "forget", "dev-2", "--server", api.url());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Forgot device dev-2." + System.lineSeparator());
        assertThat(api.requests()).extracting(RecordedApi.Request::method).containsExactly("DELETE");
    }
}
