package org.shellymanager.manager.security;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
 * @param oidc                   single sign-on through OpenID Connect, and how its users map to roles
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
     * Single sign-on through one OpenID Connect provider (Keycloak, Authentik, Authelia, ...). Off while
     * {@code issuerUri} is unset; the provider's endpoints and keys are discovered from
     * {@code <issuerUri>/.well-known/openid-configuration} on the first sign-in.
     *
     * @param issuerUri     the provider's issuer, such as {@code https://sso.example.net/realms/home}
     * @param clientId      the client registered at the provider for this manager
     * @param clientSecret  that client's secret; masked when shown
     * @param scopes        the scopes asked for; {@code openid} is required, and one of them must make the provider
     *                      send the role claim
     * @param providerName  shown on the login page as "Sign in with &lt;providerName&gt;"
     * @param usernameClaim the claim whose value becomes the manager username
     * @param roleClaim     the ID-token or user-info claim holding the user's groups or roles (a string or a list)
     * @param roles         claim value to role; the highest role matched wins
     * @param defaultRole   the role of a user none of whose values match; unset refuses such users
     */
    public record Oidc(String issuerUri, String clientId, String clientSecret,
                       @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                       @DefaultValue("OpenID Connect") String providerName,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("groups") String roleClaim, @DefaultValue Map<String, Role> roles, Role defaultRole) {

        public Oidc {
            roles = Map.copyOf(roles);
            scopes = List.copyOf(scopes);
            if (issuerUri != null && !issuerUri.isBlank()) {
                if (!issuerUri.startsWith("https://") && !issuerUri.startsWith("http://")) {
                    throw new IllegalArgumentException("shelly-manager.security.oidc.issuer-uri must be an http(s) URL");
                }
                if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
                    throw new IllegalArgumentException("shelly-manager.security.oidc.client-id and client-secret are required"
                            + " with issuer-uri");
                }
                if (!scopes.contains("openid")) {
                    throw new IllegalArgumentException("shelly-manager.security.oidc.scopes must include openid");
                }
            }
        }

        /** Whether single sign-on is configured. */
        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        /**
         * The role a user gets for the value of the role claim: the highest role any of its values maps to, else
         * the default role; empty when neither applies and the user must be refused.
         */
        public Optional<Role> roleFor(Object claim) {
            Stream<?> values = claim instanceof Collection<?> many ? many.stream() : Stream.ofNullable(claim);
            return values.map(value -> roles.get(String.valueOf(value))).filter(Objects::nonNull)
                    .max(Enum::compareTo).or(() -> Optional.ofNullable(defaultRole));
        }

        @Override
        public String toString() {
            return "Oidc[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                    + (clientSecret == null ? null : "******") + ", scopes=" + scopes + ", providerName=" + providerName + ", usernameClaim=" + usernameClaim
                    + ", roleClaim=" + roleClaim
                    + ", roles=" + roles + ", defaultRole=" + defaultRole + "]";
        }
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("shelly-manager.security." + name + " must be a positive duration");
        }
    }
}
