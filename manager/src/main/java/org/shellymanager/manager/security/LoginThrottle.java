package org.shellymanager.manager.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code loginFreeAttempts} failures for an account, or from an address, each
 * further attempt waits for a delay that doubles with every failure (1 s, 2 s, 4 s ... up to
 * {@code loginMaxLockout}). A success clears the account's and the address's count.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this account from this address; zero when free. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(failures.get("u:" + username), now);
        Duration origin = remaining(failures.get("a:" + address), now);
        return account.compareTo(origin) >= 0 ? account : origin;
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> !f.lockedUntil().isAfter(now) && f.count() < properties.loginFreeAttempts());
        }
        failures.merge("u:" + username, next(1), (old, fresh) -> next(old.count() + 1));
        failures.merge("a:" + address, next(1), (old, fresh) -> next(old.count() + 1));
    }

    void succeeded(String username, String address) {
        failures.remove("u:" + username);
        failures.remove("a:" + address);
    }

    private Failures next(int count) {
        int over = count - properties.loginFreeAttempts();
        if (over < 0) {
            return new Failures(count, Instant.MIN);
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 30));
        if (delay.compareTo(properties.loginMaxLockout()) > 0) {
            delay = properties.loginMaxLockout();
        }
        return new Failures(count, clock.instant().plus(delay));
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || !failures.lockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, failures.lockedUntil());
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
