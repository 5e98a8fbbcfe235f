package org.shellymanager.manager.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A {@link Caller} as Spring Security's authentication, with its role as the one authority {@code ROLE_<role>}. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(List.of(new SimpleGrantedAuthority(authority(caller.role()))));
        this.caller = caller;
        setAuthenticated(true);
    }

    static String authority(Role role) {
        return "ROLE_" + role.name();
    }

    /** The caller behind any authentication this application creates (tokens, passwords, sessions, OIDC). */
    static Caller callerOf(Authentication authentication) {
        if (authentication instanceof CallerAuthentication known) {
            return known.caller;
        }
        Role role = authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .filter(name -> name != null && name.startsWith("ROLE_"))
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> authority(r).equals(name)))
                .max(Enum::compareTo)
                .orElseThrow(() -> new IllegalStateException("authentication without a role: " + authentication.getName()));
        return new Caller(authentication.getName(), role, Caller.Via.OIDC, null);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
