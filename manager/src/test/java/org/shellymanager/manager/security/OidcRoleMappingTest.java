package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the role claim of a single-sign-on user becomes a role, and which settings are refused at start-up. */
class OidcRoleMappingTest {

    private static SecurityProperties.Oidc oidc(Map<String, Role> roles, Role defaultRole) {
        return new SecurityProperties.Oidc("https://sso.example.net/realms/home", "manager", "secret",
                List.of("openid", "profile"), "Home SSO", "preferred_username", "groups", roles, defaultRole);
    }

    @Test
    void theHighestMappedRoleAmongTheClaimsValuesWins() {
        SecurityProperties.Oidc mapping = oidc(Map.of("viewers", Role.VIEWER, "admins", Role.ADMIN, "ops", Role.OPERATOR), null);

        assertThat(mapping.roleFor(List.of("family", "viewers", "admins", "ops"))).contains(Role.ADMIN);
        assertThat(mapping.roleFor(List.of("ops", "viewers"))).contains(Role.OPERATOR);
        assertThat(mapping.roleFor("viewers")).as("a single string claim").contains(Role.VIEWER);
    }

    @Test
    void anUnmappedUserGetsTheDefaultRoleOrNone() {
        Map<String, Role> roles = Map.of("admins", Role.ADMIN);

        assertThat(oidc(roles, Role.VIEWER).roleFor(List.of("guests"))).contains(Role.VIEWER);
        assertThat(oidc(roles, Role.VIEWER).roleFor(null)).contains(Role.VIEWER);
        assertThat(oidc(roles, null).roleFor(List.of("guests"))).isEmpty();
        assertThat(oidc(roles, null).roleFor(null)).as("no claim sent").isEmpty();
        assertThat(oidc(roles, null).roleFor(List.of("Admins"))).as("values match exactly").isEmpty();
    }

    @Test
    void anIssuerNeedsAClientAndTheOpenidScopeAndTheSecretIsNeverPrinted() {
        assertThatThrownBy(() -> new SecurityProperties.Oidc("https://sso.example.net", null, "secret", List.of("openid"),
                "SSO", "preferred_username", "groups", Map.of(), null)).hasMessageContaining("client-id");
        assertThatThrownBy(() -> new SecurityProperties.Oidc("https://sso.example.net", "manager", "secret", List.of("profile"),
                "SSO", "preferred_username", "groups", Map.of(), null)).hasMessageContaining("openid");
        assertThatThrownBy(() -> new SecurityProperties.Oidc("sso.example.net", "manager", "secret", List.of("openid"),
                "SSO", "preferred_username", "groups", Map.of(), null)).hasMessageContaining("http(s) URL");

        assertThat(oidc(Map.of(), null).enabled()).isTrue();
        assertThat(oidc(Map.of(), null).toString()).doesNotContain("secret").contains("******");
        assertThat(new SecurityProperties.Oidc(null, null, null, List.of("openid"), "SSO", "preferred_username", "groups",
                Map.of(), null).enabled()).isFalse();
    }
}
