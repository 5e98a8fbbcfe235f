package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import tools.jackson.databind.JsonNode;

/**
 * A template's login password applied by sync on every generation, through the same path as password rotation:
 * the dry run shows the masked call, the device is protected afterwards, the manager keeps getting in, and drift
 * tells by the stored hash whether the device has the template's password.
 */
class TemplateLoginTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final FleetServer LAB = new FleetServer(FleetSpec.builder().add("SHSW-1", 1)
            .add("SNSW-001P16EU", 1, d -> d.password("old-gen2-pass").firmware("2.0.0")).add("S3SW-001P16EU", 1).build(),
            "--shelly-manager.config.drift-interval=0", "--shelly-manager.telemetry.enabled=false");

    @Test
    void syncSetsTheTemplatesLoginPasswordAndDriftFollowsTheStoredHash() {
        assertThat(LAB.server().put("/api/v1/config/secrets/device-login", "{\"value\":\"Tmpl-login-42\"}").status()).isEqualTo(204);
        assertThat(LAB.server().put("/api/v1/config/defaults", "{\"login\":{\"password\":\"plain\"}}").code()).isEqualTo("template.invalid");
        assertThat(LAB.server().put("/api/v1/config/defaults", "{\"login\":{\"password\":{\"secret\":\"device-login\"}}}").status())
                .isEqualTo(200);

        JsonNode before = LAB.server().post("/api/v1/config/drift", "{\"all\":true}").body();
        assertThat(before.path("drifted").asInt()).isEqualTo(3);
        assertThat(before.path("entries").toString()).contains("login.password").contains("not set to it by the manager");

        String plan = LAB.server().post("/api/v1/config/sync", "{\"all\":true,\"dryRun\":true}").body().toString();
        assertThat(plan).contains("GET /settings/login?enabled=1&unprotected=0&username=admin&password=****")
                .contains("Shelly.SetAuth {\\\"user\\\":\\\"admin\\\",\\\"realm\\\":\\\"" + LAB.fleet().devices().get(1).id()
                        + "\\\",\\\"ha1\\\":\\\"****\\\"}")
                .doesNotContain("Tmpl-login-42");

        JsonNode job = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/sync", "{\"all\":true}").body());
        job.path("results").forEach(r -> assertThat(r.path("outcome").asString()).as(r.toString()).isEqualTo("APPLIED"));
        for (int i = 0; i < LAB.ids().size(); i++) {
            assertThat(unauthenticatedStatus(LAB.fleet().devices().get(i))).as("device %d is protected now", i).isEqualTo(401);
            assertThat(LAB.server().post("/api/v1/config/devices/" + LAB.ids().get(i) + "/pull", "").status())
                    .as("the manager gets in with the stored new password").isEqualTo(200);
        }
        assertThat(LAB.server().post("/api/v1/config/drift", "{\"all\":true}").body().path("drifted").asInt()).isZero();

        JsonNode rotated = ConfigFleet.awaitJob(LAB.server(), LAB.server().post("/api/v1/config/password-rotations",
                "{\"ids\":[\"" + LAB.ids().get(2) + "\"],\"password\":\"Other-pass-77\"}").body());
        assertThat(rotated.path("results").get(0).path("outcome").asString()).isEqualTo("ROTATED");
        JsonNode after = LAB.server().post("/api/v1/config/drift", "{\"all\":true}").body();
        assertThat(after.path("drifted").asInt()).as("only the rotated device has another password").isEqualTo(1);
        assertThat(after.path("entries").get(0).path("deviceId").asString()).isEqualTo(LAB.ids().get(2));
        assertThat(after.path("entries").get(0).path("field").asString()).isEqualTo("login.password");
    }

    private static int unauthenticatedStatus(SimulatedDevice device) {
        URI uri = URI.create("http://" + device.address() + (device.generation() == 1 ? "/settings" : "/rpc/Shelly.GetConfig"));
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
