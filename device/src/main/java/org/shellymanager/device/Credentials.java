package org.shellymanager.device;

/**
 * A device login. Gen1 uses both parts for HTTP Basic auth; Gen2+ always logs in as {@code admin} whatever
 * username is given, because the firmware only knows that user.
 */
public record Credentials(String username, String password) {

    public static final String RPC_USER = "admin";

    public Credentials {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be empty");
        }
        if (password == null) {
            throw new IllegalArgumentException("password must not be null");
        }
    }

    /** Credentials for a Gen2+ device, whose user is always {@code admin}. */
    public static Credentials admin(String password) {
        return new Credentials(RPC_USER, password);
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=****]";
    }
}
