package org.shellymanager.manager.security;

/**
 * What a user may do. Each role includes the rights of the roles before it: a viewer reads; an operator also
 * controls devices, runs discovery, syncs configuration and starts jobs; an admin also manages users, settings,
 * credentials, backups and restores, and deletes.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    /** Whether this role includes the rights of {@code required}. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
