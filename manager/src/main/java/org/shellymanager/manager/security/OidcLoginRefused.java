package org.shellymanager.manager.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A user the provider vouched for but whom the manager turns away; the message says why and what to change. */
final class OidcLoginRefused extends OAuth2AuthenticationException {

    private final String username;

    OidcLoginRefused(String username, String message) {
        super(new OAuth2Error("access_denied"), message);
        this.username = username;
    }

    /** The name the provider gave, for the audit log. */
    String username() {
        return username;
    }
}
