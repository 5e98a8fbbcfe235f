package org.shellymanager.manager.security;

import java.time.Instant;

/** An API token as the API shows it: never the secret, never its hash. */
record TokenView(String id, String name, String username, Role role, Instant createdAt, Instant expiresAt,
                 Instant lastUsedAt, Instant revokedAt, boolean active) {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.id(), token.name(), token.username(), token.role(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.activeAt(now));
    }
}
