package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthTest {

    private final MutableClock clock = new MutableClock();
    private SimulatedFleet fleet;

    @AfterEach
    void stop() {
        fleet.close();
    }

    private SimulatedDevice start(String model, String firmware) {
        fleet = SimulatedFleet.start(FleetSpec.builder().clock(clock)
                .add(model, 1, d -> d.password("secret").firmware(firmware)).build());
        return fleet.devices().getFirst();
    }

    @Test
    void gen1AsksForBasicAuthButLeavesShellyOpen() {
        SimulatedDevice device = start("SHSW-PM", "1.14.0");
        assertThat(TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("auth").asBoolean()).isTrue();
        assertThat(TestHttp.get(device.address(), "/status").statusCode()).isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes());
        assertThat(TestHttp.get(device.address(), "/status", "Authorization", basic).statusCode()).isEqualTo(200);
    }

    @Test
    void legacyFirmwareUsesTimestampNoncesAndIgnoresNc() {
        SimulatedDevice device = start("SNSW-001P16EU", "1.4.2");
        HttpResponse<String> challenge = TestHttp.get(device.address(), "/rpc/Shelly.GetStatus");
        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(challenge.body()).isEmpty();
        String nonce = TestDigest.challenge(challenge.headers().firstValue("WWW-Authenticate").orElseThrow()).get("nonce");
        assertThat(Long.parseLong(nonce, 16)).isEqualTo(clock.millis() / 1000);
        for (int i = 0; i < 2; i++) {
            String auth = TestDigest.authorization(device.id(), "secret", nonce, 1, "GET", "/rpc/Shelly.GetStatus");
            assertThat(TestHttp.get(device.address(), "/rpc/Shelly.GetStatus", "Authorization", auth).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void jsonAuthObjectUsesDummyMethodAndDecimalNonce() {
        SimulatedDevice device = start("SNSW-001P16EU", "1.4.2");
        HttpResponse<String> first = TestHttp.post(device.address(), "/rpc",
                "{\"id\":1,\"src\":\"t\",\"method\":\"Switch.GetStatus\",\"params\":{\"id\":0},\"auth\":{}}");
        JsonNode error = TestHttp.json(first).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(401);
        JsonNode challenge = org.shellymanager.simulator.model.Yaml.MAPPER.readTree(error.path("message").asString());
        assertThat(challenge.path("nonce").isNumber()).isTrue();
        String nonce = challenge.path("nonce").asString();
        String auth = TestDigest.authObject(device.id(), "secret", nonce, nonce, 1);
        HttpResponse<String> second = TestHttp.post(device.address(), "/rpc",
                "{\"id\":2,\"src\":\"t\",\"method\":\"Switch.GetStatus\",\"params\":{\"id\":0},\"auth\":" + auth + "}");
        assertThat(TestHttp.json(second).path("result").path("id").asInt()).isEqualTo(0);
    }

    @Test
    void firmware2NoncesAreOpaqueAndNeedIncreasingNc() {
        SimulatedDevice device = start("SNSW-001P16EU", "2.0.0");
        String nonce = TestDigest.challenge(TestHttp.get(device.address(), "/rpc/Sys.GetStatus")
                .headers().firstValue("WWW-Authenticate").orElseThrow()).get("nonce");
        assertThat(nonce).endsWith("=");
        String first = TestDigest.authorization(device.id(), "secret", nonce, 1, "GET", "/rpc/Sys.GetStatus");
        assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus", "Authorization", first).statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus", "Authorization", first).statusCode()).isEqualTo(401);
        String next = TestDigest.authorization(device.id(), "secret", nonce, 2, "GET", "/rpc/Sys.GetStatus");
        assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus", "Authorization", next).statusCode()).isEqualTo(200);
    }

    @Test
    void firmware2ExpiredNonceIsStale() {
        SimulatedDevice device = start("SNSW-001P16EU", "2.0.0");
        String nonce = TestDigest.challenge(TestHttp.get(device.address(), "/rpc/Sys.GetStatus")
                .headers().firstValue("WWW-Authenticate").orElseThrow()).get("nonce");
        clock.advance(java.time.Duration.ofMinutes(61));
        String auth = TestDigest.authorization(device.id(), "secret", nonce, 1, "GET", "/rpc/Sys.GetStatus");
        HttpResponse<String> response = TestHttp.get(device.address(), "/rpc/Sys.GetStatus", "Authorization", auth);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("stale=true");
    }

    @Test
    void firmware2AnswersTooManyRequestsWhenAllNonceSlotsAreTaken() {
        SimulatedDevice device = start("SNSW-001P16EU", "2.0.0");
        for (int i = 0; i < 32; i++) {
            assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus").statusCode()).isEqualTo(401);
        }
        assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus").statusCode()).isEqualTo(429);
    }

    @Test
    void deviceInfoStaysOpenAndReportsTheRealm() {
        SimulatedDevice device = start("S3SW-001P16EU", "1.6.1");
        JsonNode info = TestHttp.json(TestHttp.get(device.address(), "/rpc/Shelly.GetDeviceInfo"));
        assertThat(info.path("auth_en").asBoolean()).isTrue();
        assertThat(info.path("auth_domain").asString()).isEqualTo(device.id());
    }

    @Test
    void wrongCredentialsFaultRejectsTheRightPassword() {
        SimulatedDevice device = start("SNSW-001P16EU", "1.4.2");
        device.injectFault(new Fault.WrongCredentials());
        String nonce = TestDigest.challenge(TestHttp.get(device.address(), "/rpc/Sys.GetStatus")
                .headers().firstValue("WWW-Authenticate").orElseThrow()).get("nonce");
        String auth = TestDigest.authorization(device.id(), "secret", nonce, 1, "GET", "/rpc/Sys.GetStatus");
        assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus", "Authorization", auth).statusCode()).isEqualTo(401);
    }

    @Test
    void setAuthWithNullHa1TurnsAuthOff() {
        SimulatedDevice device = start("SNSW-001P16EU", "1.4.2");
        String nonce = TestDigest.challenge(TestHttp.get(device.address(), "/rpc/Shelly.SetAuth")
                .headers().firstValue("WWW-Authenticate").orElseThrow()).get("nonce");
        String auth = TestDigest.authorization(device.id(), "secret", nonce, 1, "POST", "/rpc/Shelly.SetAuth");
        HttpResponse<String> response = TestHttp.post(device.address(), "/rpc/Shelly.SetAuth",
                "{\"user\":\"admin\",\"realm\":\"" + device.id() + "\",\"ha1\":null}", "Authorization", auth);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(device.address(), "/rpc/Sys.GetStatus").statusCode()).isEqualTo(200);
        assertThat(device.password()).isNull();
    }
}
