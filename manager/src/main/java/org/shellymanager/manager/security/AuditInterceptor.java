package org.shellymanager.manager.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes every change asked of the application's controllers (POST, PUT, PATCH, DELETE) to the {@link AuditLog}
 * once it is answered, refused or failed. Registered before {@link RoleInterceptor} so refusals are recorded too.
 */
final class AuditInterceptor implements HandlerInterceptor {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;

    AuditInterceptor(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!CHANGES.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith("org.shellymanager.")) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
        int status = e != null && response.getStatus() < 400 ? 500 : response.getStatus();
        Caller caller = Callers.current().orElse(null);
        audit.record(caller == null ? "anonymous" : caller.username(), caller == null ? Caller.Via.NONE : caller.via(),
                action, request.getRequestURI(), request.getRemoteAddr(), AuditEvent.resultOf(status), status);
    }
}
