package org.shellymanager.device.auth;

import org.shellymanager.device.Sha256;

/**
 * The SHA-256 digest computations Shelly Gen2+ devices check (protocol reference §3). Pure functions.
 */
public final class Digest {

    /** HA2 input of the JSON-RPC form: a constant, not the real method and URI. */
    public static final String RPC_METHOD_AND_URI = "dummy_method:dummy_uri";

    private Digest() {
    }

    /** {@code SHA256(user:realm:password)}; also the {@code ha1} that {@code Shelly.SetAuth} takes. */
    public static String ha1(String user, String realm, String password) {
        return Sha256.hex(user + ":" + realm + ":" + password);
    }

    /** RFC 7616 answer for the HTTP channel; {@code nc} is the 8-hex-digit form. */
    public static String httpResponse(String ha1, String nonce, String ncHex, String cnonce, String method, String uri) {
        String ha2 = Sha256.hex(method + ":" + uri);
        return Sha256.hex(ha1 + ":" + nonce + ":" + ncHex + ":" + cnonce + ":auth:" + ha2);
    }

    /** The JSON-RPC {@code auth} answer; {@code nc} in decimal, HA2 over {@code dummy_method:dummy_uri}. */
    public static String rpcResponse(String ha1, String nonce, long nc, String cnonce) {
        String ha2 = Sha256.hex(RPC_METHOD_AND_URI);
        return Sha256.hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    }

    /** {@code nc} as RFC 7616 writes it: 8 lower-case hex digits. */
    public static String ncHex(long nc) {
        return String.format("%08x", nc);
    }
}
