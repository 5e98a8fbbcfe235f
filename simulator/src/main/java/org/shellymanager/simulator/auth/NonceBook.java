package org.shellymanager.simulator.auth;

import java.util.Optional;

/**
 * How a Gen2+ device hands out and checks digest nonces. Firmware before 2.0 uses its clock as the nonce; 2.0 and
 * later track opaque nonces in a fixed number of slots (see the protocol reference, section 3.4).
 */
public sealed interface NonceBook permits TimestampNonces, TrackedNonces {

    /** A fresh nonce, or empty when no slot is free (the device then answers 429). */
    Optional<Nonce> issue(long nowMs);

    /**
     * Checks a nonce and its use counter.
     *
     * @param fromHeader true for an HTTP {@code Authorization} header (hex encoded timestamps), false for a JSON
     *                   {@code auth} object (decimal)
     */
    Verdict check(String nonce, long nc, boolean fromHeader, long nowMs);

    /** A nonce as written in the {@code WWW-Authenticate} header and in the JSON challenge. */
    record Nonce(String header, Object json) { }

    enum Verdict { VALID, STALE, INVALID }
}
