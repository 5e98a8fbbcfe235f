package org.shellymanager.manager.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one single-sign-on client, registered under {@value #REGISTRATION_ID} (so its redirect URI is
 * {@code <manager URL>/login/oauth2/code/oidc}). The provider's endpoints are discovered on the first sign-in, not
 * at start-up, so the manager starts while the provider is down; a failed discovery is tried again next time.
 */
final class OidcClientRegistration implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "oidc";

    private final SecurityProperties.Oidc oidc;
    private volatile ClientRegistration discovered;

    OidcClientRegistration(SecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = discovered;
        if (registration == null) {
            synchronized (this) {
                if (discovered == null) {
                    discovered = discover();
                }
                registration = discovered;
            }
        }
        return registration;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientName(oidc.providerName())
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .scope(oidc.scopes())
                    .build();
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            throw new IllegalStateException(oidc.providerName() + " at " + oidc.issuerUri()
                    + " could not be reached or answered no OpenID configuration ("
                    + (reason.length() > 200 ? reason.substring(0, 200) + "..." : reason) + ")", e);
        }
    }
}
