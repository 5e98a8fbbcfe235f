package org.shellymanager.manager.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling in the request being handled: for the role check, the audit log and pages that offer only what the caller's role allows. */
public final class Callers {

    private Callers() {
    }

    /** The logged-in caller of this thread's request; empty for nobody (anonymous, or outside a request). */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(CallerAuthentication.callerOf(authentication));
    }

    /** Whether the caller's role includes {@code role}; false for nobody. */
    public static boolean may(Role role) {
        return current().map(caller -> caller.role().includes(role)).orElse(false);
    }
}
