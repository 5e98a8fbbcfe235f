package org.shellymanager.manager.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresRole} on every operation of the application's controllers: the caller's role must
 * include the declared one, and an operation that declares none is refused to everyone (so a forgotten
 * annotation fails closed). Only the login and setup pages are open.
 */
final class RoleInterceptor implements HandlerInterceptor {

    private static final String APPLICATION_PACKAGE = "org.shellymanager.";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(APPLICATION_PACKAGE)
                || method.getBeanType() == LoginPages.class) {
            return true;
        }
        RequiresRole required = required(method);
        if (required == null) {
            throw new ManagerException(ErrorCode.AUTH_FORBIDDEN,
                    "This operation declares no required role, so it is refused to everyone.");
        }
        Caller caller = Callers.current()
                .orElseThrow(() -> new ManagerException(ErrorCode.AUTH_REQUIRED, "Log in or send an API token."));
        if (!caller.role().includes(required.value())) {
            throw new ManagerException(ErrorCode.AUTH_FORBIDDEN, "This needs the " + required.value() + " role; "
                    + caller.username() + " acts as " + caller.role() + ".");
        }
        return true;
    }

    /** The role an operation declares on its method, else on its class; null when neither does. */
    static RequiresRole required(HandlerMethod method) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
    }
}
