package org.shellymanager.manager.security;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A user of the manager: a local account with a password hash, or one signed in through OpenID Connect (no
 * password). Sessions that began before {@code sessionsValidAfter} are ended ("log out everywhere").
 */
public record Account(String id, String username, Role role, String passwordHash, Source source, Instant createdAt,
                      Instant sessionsValidAfter) {

    /** Where the account came from. */
    public enum Source { LOCAL, OIDC }

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    public Account {
        if (id == null || username == null || role == null || source == null || createdAt == null
                || sessionsValidAfter == null) {
            throw new IllegalArgumentException("an account needs id, username, role, source and times");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("invalid username '" + username + "'");
        }
        if (source == Source.LOCAL && passwordHash == null) {
            throw new IllegalArgumentException("a local account needs a password hash");
        }
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + role + ", " + source + "]";
    }
}
