package org.shellymanager.manager.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * How a single sign-on ends: either way it goes to the audit log as {@value #ACTION}. A user let in goes on to the
 * page first asked for (or the dashboard); a refused or failed sign-in returns to the login page, which shows
 * why ({@link #REFUSAL} in the session).
 */
final class OidcLoginOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String ACTION = "login.oidc";
    /** The session attribute holding the reason of the last refused single sign-on, read by the login page. */
    static final String REFUSAL = "shelly-manager.sso-refusal";

    private static final Logger log = LoggerFactory.getLogger(OidcLoginOutcome.class);

    private final AuditLog audit;
    private final String providerName;
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    OidcLoginOutcome(AuditLog audit, String providerName) {
        this.audit = audit;
        this.providerName = providerName;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        audit.record(authentication.getName(), Caller.Via.OIDC, ACTION, providerName, request.getRemoteAddr(),
                AuditEvent.Result.SUCCEEDED, HttpServletResponse.SC_FOUND);
        next.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        boolean refused = e instanceof OidcLoginRefused;
        String actor = refused ? ((OidcLoginRefused) e).username() : "anonymous";
        log.warn("single sign-on through {} from {} ended without a session: {}", providerName, request.getRemoteAddr(),
                e.getMessage());
        audit.record(actor, Caller.Via.OIDC, ACTION, providerName, request.getRemoteAddr(),
                refused ? AuditEvent.Result.REFUSED : AuditEvent.Result.FAILED,
                refused ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
        request.getSession().setAttribute(REFUSAL, refused ? e.getMessage()
                : "Single sign-on through " + providerName + " failed: " + e.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?sso-refused");
    }
}
