package org.shellymanager.device.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.Fixtures;

class DigestChallengeTest {

    @Test
    void readsHeaderInDeviceOrderWithUnquotedAlgorithm() {
        DigestChallenge challenge = DigestChallenge.parseHeader(
                "Digest qop=\"auth\", realm=\"shellyplus1pm-44179393e8a8\", nonce=\"63f8afdb\", algorithm=SHA-256").orElseThrow();
        assertThat(challenge.realm()).isEqualTo("shellyplus1pm-44179393e8a8");
        assertThat(challenge.nonce()).isEqualTo("63f8afdb");
        assertThat(challenge.opaque()).isNull();
        assertThat(challenge.stale()).isFalse();
        assertThat(challenge.fromJson()).isFalse();
    }

    @Test
    void keepsEmptyOpaqueOfWallDisplaySoItCanBeEchoed() {
        DigestChallenge challenge = DigestChallenge.parseHeader(
                "Digest realm=\"ShellyWallDisplay-00082214DC9F\", qop=\"auth\", nonce=\"cba5e8d9\", opaque=\"\", algorithm=SHA-256").orElseThrow();
        assertThat(challenge.opaque()).isEmpty();
        assertThat(challenge.realm()).isEqualTo("ShellyWallDisplay-00082214DC9F");
    }

    @Test
    void keepsEqualsSignsOfBase64NoncesQuotedOrNot() {
        String nonce = "/8yaagAAAAAQC7GjHbowcX7RVZz9T+oaY01UYl9WrJpyKihjXUnUxCDrYykg+ejL==";
        assertThat(DigestChallenge.parseHeader("Digest nonce=\"" + nonce + "\", realm=\"r\", stale=true, qop=\"auth\"")
                .orElseThrow().nonce()).isEqualTo(nonce);
        DigestChallenge unquoted = DigestChallenge.parseHeader("Digest realm=r, nonce=" + nonce + ", stale=TRUE").orElseThrow();
        assertThat(unquoted.nonce()).isEqualTo(nonce);
        assertThat(unquoted.stale()).isTrue();
    }

    @Test
    void refusesBasicAndOtherAlgorithms() {
        assertThat(DigestChallenge.parseHeader("Basic realm=\"x\"")).isEmpty();
        assertThat(DigestChallenge.parseHeader("Digest realm=\"x\", nonce=\"1\", algorithm=MD5")).isEmpty();
    }

    @Test
    void readsJsonChallengeFromCapturedWebSocketErrorFrame() {
        DigestChallenge challenge = DigestChallenge.parseJson(
                Fixtures.json("aioshelly/shelly-plus-2pm_SNSW-102P16EU/ws-frame_Cover.Close_401-challenge.json")).orElseThrow();
        assertThat(challenge.realm()).isEqualTo("shellyplus2pm-485519992590");
        assertThat(challenge.nonce()).isEqualTo("1725185413");
        assertThat(challenge.numericNonce()).isTrue();
        assertThat(challenge.fromJson()).isTrue();
    }

    @Test
    void readsWallDisplayBodyChallengeWithStringNc() {
        String body = "{\"code\":401,\"message\":\"{\\\"auth_type\\\":\\\"digest\\\",\\\"nonce\\\":1791588805,\\\"nc\\\":\\\"1\\\","
                + "\\\"realm\\\":\\\"ShellyWallDisplay-00082214DC9F\\\",\\\"algorithm\\\":\\\"SHA-256\\\"}\"}";
        DigestChallenge challenge = DigestChallenge.parseJson(Json.parseOrNull(body)).orElseThrow();
        assertThat(challenge.nonce()).isEqualTo("1791588805");
        assertThat(challenge.realm()).isEqualTo("ShellyWallDisplay-00082214DC9F");
    }

    @Test
    void sessionCountsNcFromOneAndRestartsOnNewNonceInCountedRegime() {
        DigestSession session = new DigestSession(org.shellymanager.device.Credentials.admin("secret"), NonceRegime.COUNTED);
        session.accept(DigestChallenge.parseHeader("Digest realm=\"r\", nonce=\"n1\", qop=\"auth\"").orElseThrow());
        assertThat(session.authorizationHeader("POST", "/rpc")).contains("nc=00000001");
        assertThat(session.authorizationHeader("POST", "/rpc")).contains("nc=00000002");
        session.accept(DigestChallenge.parseHeader("Digest realm=\"r\", nonce=\"n2\", qop=\"auth\"").orElseThrow());
        assertThat(session.authorizationHeader("POST", "/rpc")).contains("nc=00000001").contains("nonce=\"n2\"");
    }

    @Test
    void sessionAlwaysSendsNcOneBeforeFirmware2AndKeepsNumericNonceANumber() {
        DigestSession session = new DigestSession(org.shellymanager.device.Credentials.admin("secret"), NonceRegime.TIMESTAMP);
        session.accept(DigestChallenge.parseJson(
                Fixtures.json("aioshelly/shelly-plus-2pm_SNSW-102P16EU/ws-frame_Cover.Close_401-challenge.json")).orElseThrow());
        session.rpcAuth();
        var auth = session.rpcAuth();
        assertThat(auth.get("nc").asInt()).isEqualTo(1);
        assertThat(auth.get("nonce").isNumber()).isTrue();
        assertThat(auth.get("username").asString()).isEqualTo("admin");
        String expected = Digest.rpcResponse(Digest.ha1("admin", "shellyplus2pm-485519992590", "secret"), "1725185413", 1,
                auth.get("cnonce").asString());
        assertThat(auth.get("response").asString()).isEqualTo(expected);
    }
}
