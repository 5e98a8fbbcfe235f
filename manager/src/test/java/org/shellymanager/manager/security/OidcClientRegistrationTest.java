package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/** The single-sign-on client is discovered from the provider when first needed, and says why when it cannot be. */
class OidcClientRegistrationTest {

    private static SecurityProperties.Oidc oidc(String issuer) {
        return new SecurityProperties.Oidc(issuer, OidcProvider.CLIENT_ID, OidcProvider.CLIENT_SECRET,
                List.of("openid", "profile"), "Home SSO", "preferred_username", "groups", Map.of(), null);
    }

    @Test
    void anUnreachableProviderIsNamedInTheErrorAndOtherRegistrationIdsAreUnknown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        OidcClientRegistration registration = new OidcClientRegistration(oidc("http://127.0.0.1:" + closedPort));

        assertThat(registration.findByRegistrationId("github")).isNull();
        assertThatThrownBy(() -> registration.findByRegistrationId(OidcClientRegistration.REGISTRATION_ID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Home SSO at http://127.0.0.1:" + closedPort + " could not be reached");
    }

    @Test
    void theProvidersEndpointsComeFromItsDiscoveryDocument() {
        try (OidcProvider provider = OidcProvider.start()) {
            ClientRegistration found = new OidcClientRegistration(oidc(provider.issuer()))
                    .findByRegistrationId(OidcClientRegistration.REGISTRATION_ID);

            assertThat(found.getProviderDetails().getAuthorizationUri()).isEqualTo(provider.issuer() + "/oauth2/authorize");
            assertThat(found.getProviderDetails().getTokenUri()).isEqualTo(provider.issuer() + "/oauth2/token");
            assertThat(found.getProviderDetails().getJwkSetUri()).startsWith(provider.issuer());
            assertThat(found.getScopes()).containsExactlyInAnyOrder("openid", "profile");
            assertThat(found.getClientName()).isEqualTo("Home SSO");
        }
    }
}
