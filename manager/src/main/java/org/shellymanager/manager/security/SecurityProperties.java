package org.shellymanager.manager.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.security}.
 *
 * @param tokenLifetime          how long a minted API token lasts when the request names no expiry
 * @param maxTokenLifetime       the longest lifetime a token may be given
 * @param sessionIdleTimeout     a browser session ends after this long without a request
 * @param sessionAbsoluteTimeout a browser session ends this long after login, however busy
 * @param loginFreeAttempts      failed logins per account and per address before each further try is delayed
 * @param loginMaxLockout        the longest delay; it doubles with every failure past the free attempts
 * @param apiRequestsPerMinute   requests one token, session or anonymous address may make per minute
 * @param trustedProxies         addresses of reverse proxies whose X-Forwarded-* headers are honoured (IPs or CIDR
 *                               ranges such as {@code 10.0.0.0/8}); from any other address they are ignored
 * @param outboundAllowLoopback  let outgoing requests (webhooks, integrations) reach loopback addresses (tests)
 * @param oidc                   how OpenID Connect logins map to roles
 */
@ConfigurationProperties("shelly-manager.security")
public record SecurityProperties(@DefaultValue("90d") Duration tokenLifetime,
                                 @DefaultValue("365d") Duration maxTokenLifetime,
                                 @DefaultValue("30m") Duration sessionIdleTimeout,
                                 @DefaultValue("12h") Duration sessionAbsoluteTimeout,
                                 @DefaultValue("5") int loginFreeAttempts,
                                 @DefaultValue("15m") Duration loginMaxLockout,
                                 @DefaultValue("1200") int apiRequestsPerMinute,
                                 @DefaultValue List<String> trustedProxies,
                                 @DefaultValue("false") boolean outboundAllowLoopback,
                                 @DefaultValue Oidc oidc) {

    public SecurityProperties {
        positive(tokenLifetime, "token-lifetime");
        positive(maxTokenLifetime, "max-token-lifetime");
        positive(sessionIdleTimeout, "session-idle-timeout");
        positive(sessionAbsoluteTimeout, "session-absolute-timeout");
        positive(loginMaxLockout, "login-max-lockout");
        if (tokenLifetime.compareTo(maxTokenLifetime) > 0) {
            throw new IllegalArgumentException("shelly-manager.security.token-lifetime exceeds max-token-lifetime");
        }
        if (loginFreeAttempts < 1 || apiRequestsPerMinute < 1) {
            throw new IllegalArgumentException("shelly-manager.security.login-free-attempts and api-requests-per-minute must be at least 1");
        }
        trustedProxies = List.copyOf(trustedProxies);
        for (String proxy : trustedProxies) {
            try {
                AddressRange.parse(proxy);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("shelly-manager.security.trusted-proxies: " + e.getMessage(), e);
            }
        }
    }

    /**
     * OpenID Connect role mapping; the provider itself is a standard Spring registration
     * ({@code spring.security.oauth2.client.registration.<id>.*}).
     *
     * @param roleClaim   the ID-token or user-info claim holding the user's groups or roles (a string or a list)
     * @param roles       claim value to role; the highest role matched wins
     * @param defaultRole the role of a user none of whose values match; unset refuses such users
     */
    public record Oidc(@DefaultValue("groups") String roleClaim, @DefaultValue Map<String, Role> roles, Role defaultRole) {

        public Oidc {
            roles = Map.copyOf(roles);
        }
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("shelly-manager.security." + name + " must be a positive duration");
        }
    }
}
