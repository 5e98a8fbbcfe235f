package org.shellymanager.manager.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers refusals raised in servlet filters (before any controller runs) through the same exception handling as
 * the controllers, so they are the same problem documents with the same codes.
 */
@Component
class ProblemResponder {

    private final HandlerExceptionResolver resolver;

    ProblemResponder(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    void send(HttpServletRequest request, HttpServletResponse response, ManagerException problem) {
        resolver.resolveException(request, response, null, problem);
    }

    /** A 429-style refusal with {@code Retry-After} in whole seconds. */
    void sendRetryLater(HttpServletRequest request, HttpServletResponse response, ManagerException problem,
                        Duration retryAfter) {
        response.setHeader("Retry-After", Long.toString(LoginLockedException.seconds(retryAfter)));
        send(request, response, problem);
    }
}
