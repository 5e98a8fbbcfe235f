package org.shellymanager.device.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The firmware 2.0 nonce rules, written for the test server on their own (not with the library's code):
 * opaque base64 nonces, {@code nc} strictly increasing from 1 per nonce, a nonce can be made stale, and only a
 * few new nonces may be handed out per window (then 429).
 */
public final class DigestRules {

    private final String realm;
    private final String password;
    private final Map<String, Long> lastNc = new LinkedHashMap<>();
    private int noncesIssued;
    private int usesBeforeStale = Integer.MAX_VALUE;
    private final Map<String, Integer> uses = new LinkedHashMap<>();
    private int ncViolations;
    private boolean timestampNonces;
    private final java.util.List<String> ncSeen = new java.util.ArrayList<>();

    public DigestRules(String realm, String password) {
        this.realm = realm;
        this.password = password;
    }

    public synchronized void expireNoncesAfter(int usesPerNonce) {
        this.usesBeforeStale = usesPerNonce;
    }

    /** Behave like firmware before 2.0: hex timestamp nonces, any nc accepted, a nonce reusable for an hour. */
    public synchronized DigestRules beforeFirmware2() {
        timestampNonces = true;
        return this;
    }

    public synchronized java.util.List<String> ncSeen() {
        return java.util.List.copyOf(ncSeen);
    }

    public synchronized String newNonce() {
        if (timestampNonces) {
            String nonce = Long.toHexString(System.currentTimeMillis() / 1000 + noncesIssued);
            lastNc.put(nonce, 0L);
            noncesIssued++;
            return nonce;
        }
        byte[] random = new byte[33];
        ThreadLocalRandom.current().nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random).substring(0, 42) + "+/=";
        lastNc.put(nonce, 0L);
        noncesIssued++;
        return nonce;
    }

    public synchronized int noncesIssued() {
        return noncesIssued;
    }

    public synchronized int ncViolations() {
        return ncViolations;
    }

    public enum Verdict { OK, STALE, WRONG }

    /** Checks one answer; {@code ncText} is as sent (8 hex digits over HTTP, decimal in JSON). */
    public synchronized Verdict check(String nonce, long nc, String ncText, String cnonce, String response, String ha2Input) {
        Long previous = lastNc.get(nonce);
        if (previous == null) {
            return Verdict.STALE;
        }
        ncSeen.add(ncText);
        if (!timestampNonces && nc <= previous) {
            ncViolations++;
            return Verdict.WRONG;
        }
        String ha1 = sha256("admin:" + realm + ":" + password);
        String expected = sha256(ha1 + ":" + nonce + ":" + ncText + ":" + cnonce + ":auth:" + sha256(ha2Input));
        if (!expected.equals(response)) {
            return Verdict.WRONG;
        }
        lastNc.put(nonce, nc);
        int used = uses.merge(nonce, 1, Integer::sum);
        if (used > usesBeforeStale) {
            lastNc.remove(nonce);
            return Verdict.STALE;
        }
        return Verdict.OK;
    }

    public String realm() {
        return realm;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
