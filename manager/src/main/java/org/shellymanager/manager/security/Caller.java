package org.shellymanager.manager.security;

import java.io.Serializable;

/**
 * Who sends a request: the account's name, the role in effect (a token's role, which may be below the account's)
 * and how the caller proved it.
 *
 * @param tokenId the API token used, or null for a browser session
 */
public record Caller(String username, Role role, Via via, String tokenId) implements Serializable {

    /** How a caller authenticated; {@code NONE} for requests without credentials (only seen in the audit log). */
    public enum Via { TOKEN, PASSWORD, SESSION, OIDC, SYSTEM, NONE }

    /** The manager itself, for changes no user asked for (schedules). */
    public static final Caller SYSTEM = new Caller("system", Role.ADMIN, Via.SYSTEM, null);

    public Caller {
        if (username == null || role == null || via == null) {
            throw new IllegalArgumentException("a caller needs a name, a role and a way in");
        }
    }
}
