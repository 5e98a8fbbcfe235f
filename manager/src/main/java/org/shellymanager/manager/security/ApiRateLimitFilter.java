package org.shellymanager.manager.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The general API limit: {@code api-requests-per-minute} for each token, each signed-in user, and each address
 * of anonymous callers, as a token bucket that refills continuously. Past it, 429 with {@code Retry-After}.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final ProblemResponder problems;

    ApiRateLimitFilter(int perMinute, ProblemResponder problems) {
        this.perMinute = perMinute;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key(request), key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        problems.sendRetryLater(request, response, new ManagerException(ErrorCode.REQUEST_RATE_LIMITED,
                "More than " + perMinute + " requests a minute; slow down and retry after the delay.",
                Map.of("retryAfterSeconds", LoginLockedException.seconds(wait))), wait);
    }

    private static String key(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication known && known.getPrincipal() instanceof Caller caller) {
            return caller.tokenId() != null ? "token:" + caller.tokenId() : "user:" + caller.username();
        }
        if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
            return "user:" + authentication.getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
