package org.shellymanager.manager.security;

import java.time.Instant;

/**
 * An API token as stored: only the SHA-256 of its secret is kept, so the token itself is shown once, when minted.
 *
 * @param role        the most the token may do, at most its account's role
 * @param lastUsedAt  null when never used
 * @param revokedAt   null while not revoked
 */
public record ApiToken(String id, String accountId, String username, String name, Role role, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public ApiToken {
        if (id == null || accountId == null || username == null || name == null || role == null || createdAt == null
                || expiresAt == null) {
            throw new IllegalArgumentException("a token needs id, account, name, role and times");
        }
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token name must have 1 to 100 characters");
        }
    }

    /** Whether the token may be used at {@code now}: not revoked and not expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
