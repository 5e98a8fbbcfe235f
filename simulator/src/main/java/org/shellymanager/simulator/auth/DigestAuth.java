package org.shellymanager.simulator.auth;

import java.util.Map;
import java.util.Optional;
import org.shellymanager.simulator.net.HttpRequest;
import org.shellymanager.simulator.net.HttpResponse;
import tools.jackson.databind.JsonNode;

/**
 * Gen2+ SHA-256 digest auth, over HTTP headers (real method and URI, 8-hex-digit nc) and in JSON-RPC {@code auth}
 * objects ({@code dummy_method:dummy_uri}, decimal nc). The user is always {@code admin}, the realm the device id.
 */
public final class DigestAuth {

    private static final String JSON_HA2 = Hashes.sha256("dummy_method:dummy_uri");

    private final String realm;
    private volatile NonceBook nonces;
    private volatile String ha1;

    public DigestAuth(String realm, NonceBook nonces, String ha1) {
        this.realm = realm;
        this.nonces = nonces;
        this.ha1 = ha1;
    }

    /** What a request's credentials earned. */
    public sealed interface Outcome {
        record Granted() implements Outcome { }

        record Challenge(NonceBook.Nonce nonce, boolean stale) implements Outcome { }

        record Exhausted() implements Outcome { }
    }

    public boolean enabled() {
        return ha1 != null;
    }

    public String ha1() {
        return ha1;
    }

    /** {@code Shelly.SetAuth}: a new HA1, or null to turn auth off. */
    public void ha1(String newHa1) {
        this.ha1 = newHa1;
    }

    /** The nonce regime of newly installed firmware (fw 2.0 brought tracked nonces); old nonces are forgotten. */
    public void nonces(NonceBook book) {
        this.nonces = book;
    }

    public String realm() {
        return realm;
    }

    public Outcome checkHeader(HttpRequest request, long nowMs, boolean wrongCredentials, boolean exhausted) {
        Optional<Map<String, String>> parsed = DigestHeader.parse(request.header("authorization"));
        if (parsed.isEmpty()) {
            return challenge(nowMs, false, exhausted);
        }
        Map<String, String> p = parsed.get();
        String nc = p.getOrDefault("nc", "00000001");
        long count;
        try {
            count = Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return challenge(nowMs, false, exhausted);
        }
        String ha2 = Hashes.sha256(request.method() + ":" + p.getOrDefault("uri", request.target()));
        return verify(p.get("username"), p.get("realm"), p.get("nonce"), nc, count, p.get("cnonce"),
                p.get("response"), ha2, true, nowMs, wrongCredentials, exhausted);
    }

    public Outcome checkJson(JsonNode auth, long nowMs, boolean wrongCredentials, boolean exhausted) {
        if (auth == null || !auth.isObject()) {
            return challenge(nowMs, false, exhausted);
        }
        long count = auth.path("nc").asLong(1);
        return verify(auth.path("username").asString(null), auth.path("realm").asString(null),
                text(auth.get("nonce")), Long.toString(count), count, text(auth.get("cnonce")),
                auth.path("response").asString(null), JSON_HA2, false, nowMs, wrongCredentials, exhausted);
    }

    /** HTTP 401 with the RFC 7616 challenge header and an empty body, as real devices send it. */
    public HttpResponse unauthorized(Outcome.Challenge challenge) {
        String header = "Digest qop=\"auth\", realm=\"" + realm + "\", nonce=\"" + challenge.nonce().header()
                + "\", algorithm=SHA-256" + (challenge.stale() ? ", stale=true" : "");
        return HttpResponse.empty(401).withHeader("WWW-Authenticate", header);
    }

    /** The JSON-RPC 401 {@code message}: the challenge as a JSON string, spaced as the devices write it. */
    public String challengeMessage(Outcome.Challenge challenge) {
        Object nonce = challenge.nonce().json();
        String nonceJson = nonce instanceof String s ? "\"" + s + "\"" : String.valueOf(nonce);
        return "{\"auth_type\": \"digest\", \"nonce\": " + nonceJson + ", \"nc\": 1, \"realm\": \"" + realm
                + "\", \"algorithm\": \"SHA-256\"}";
    }

    public Outcome challenge(long nowMs, boolean stale, boolean exhausted) {
        if (exhausted) {
            return new Outcome.Exhausted();
        }
        return nonces.issue(nowMs)
                .<Outcome>map(nonce -> new Outcome.Challenge(nonce, stale))
                .orElseGet(Outcome.Exhausted::new);
    }

    private Outcome verify(String user, String claimedRealm, String nonce, String nc, long count, String cnonce,
            String response, String ha2, boolean fromHeader, long nowMs, boolean wrongCredentials,
            boolean exhausted) {
        String key = ha1;
        if (key == null) {
            return new Outcome.Granted();
        }
        if (nonce == null || cnonce == null || response == null || !"admin".equals(user)
                || !realm.equals(claimedRealm)) {
            return challenge(nowMs, false, exhausted);
        }
        NonceBook.Verdict verdict = nonces.check(nonce, count, fromHeader, nowMs);
        if (verdict == NonceBook.Verdict.STALE) {
            return challenge(nowMs, true, exhausted);
        }
        String effective = wrongCredentials ? Hashes.sha256("rotated:" + key) : key;
        String expected = Hashes.sha256(effective + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        if (verdict == NonceBook.Verdict.VALID && Hashes.sameText(expected, response)) {
            return new Outcome.Granted();
        }
        return challenge(nowMs, false, exhausted);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.asString();
    }
}
