package org.shellymanager.manager.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls statelessly: {@code Authorization: Bearer <token>} everywhere, and HTTP Basic with an
 * account's password only on {@code POST /api/v1/auth/tokens}, the one call that takes a password. Anything else
 * in {@code Authorization} is refused rather than ignored.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String TOKENS_PATH = "/api/v1/auth/tokens";

    private final TokenService tokens;
    private final AccountService accounts;
    private final ProblemResponder problems;

    ApiAuthenticationFilter(TokenService tokens, AccountService accounts, ProblemResponder problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean hasCredentialsHeader(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            authenticate(request, header);
        } catch (LoginLockedException e) {
            problems.sendRetryLater(request, response, e, e.retryAfter());
            return;
        } catch (ManagerException e) {
            problems.send(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void authenticate(HttpServletRequest request, String header) {
        String scheme = header.contains(" ") ? header.substring(0, header.indexOf(' ')).toLowerCase(Locale.ROOT) : "";
        String value = header.substring(header.indexOf(' ') + 1).strip();
        Caller caller = switch (scheme) {
            case "bearer" -> tokens.authenticate(value).orElseThrow(() -> new ManagerException(ErrorCode.AUTH_TOKEN_INVALID,
                    "This server has no such API token; mint one (shelly-manager login)."));
            case "basic" -> password(request, value);
            default -> throw new ManagerException(ErrorCode.AUTH_REQUIRED,
                    "Send an API token as 'Authorization: Bearer <token>'.");
        };
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
    }

    private Caller password(HttpServletRequest request, String encoded) {
        if (!"POST".equals(request.getMethod()) || !TOKENS_PATH.equals(request.getRequestURI())) {
            throw new ManagerException(ErrorCode.AUTH_REQUIRED, "Passwords are accepted only by POST " + TOKENS_PATH
                    + "; send an API token as 'Authorization: Bearer <token>'.");
        }
        String decoded = decode(encoded).orElseThrow(() -> new ManagerException(ErrorCode.AUTH_BAD_CREDENTIALS,
                "The Basic credentials are not Base64 of 'username:password'."));
        int colon = decoded.indexOf(':');
        Account account = accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                request.getRemoteAddr());
        return new Caller(account.username(), account.role(), Caller.Via.PASSWORD, null);
    }

    private static Optional<String> decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0 ? Optional.of(decoded) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
