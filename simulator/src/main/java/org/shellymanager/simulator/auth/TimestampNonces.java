package org.shellymanager.simulator.auth;

import java.util.Optional;

/** Firmware before 2.0: the nonce is the device's unix time; any nonce under an hour old is accepted, nc ignored. */
public record TimestampNonces() implements NonceBook {

    private static final long VALIDITY_SEC = 3600;

    @Override
    public Optional<Nonce> issue(long nowMs) {
        long now = nowMs / 1000;
        return Optional.of(new Nonce(Long.toHexString(now), now));
    }

    @Override
    public Verdict check(String nonce, long nc, boolean fromHeader, long nowMs) {
        long issued;
        try {
            issued = Long.parseLong(nonce, fromHeader ? 16 : 10);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        long now = nowMs / 1000;
        return now >= issued && now - issued < VALIDITY_SEC ? Verdict.VALID : Verdict.INVALID;
    }
}
