package org.shellymanager.manager.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends browser sessions that have lived too long: idle past {@code session-idle-timeout}, older than
 * {@code session-absolute-timeout}, begun before the account's last "log out everywhere", or whose account is
 * gone. The request then goes on as anonymous.
 */
final class SessionGuard extends OncePerRequestFilter {

    private final AccountService accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    SessionGuard(AccountService accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null) {
            session.setMaxInactiveInterval((int) properties.sessionIdleTimeout().toSeconds());
            if (authentication != null && fromSession(authentication) && expired(session, authentication.getName())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean fromSession(Authentication authentication) {
        if (!(authentication instanceof CallerAuthentication known)) {
            return authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName());
        }
        Caller.Via via = ((Caller) known.getPrincipal()).via();
        return via == Caller.Via.SESSION || via == Caller.Via.OIDC;
    }

    private boolean expired(HttpSession session, String username) {
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        if (clock.instant().isAfter(created.plus(properties.sessionAbsoluteTimeout()))) {
            return true;
        }
        Optional<Account> account = accounts.find(username);
        return account.isEmpty() || account.get().sessionsValidAfter().isAfter(created);
    }
}
