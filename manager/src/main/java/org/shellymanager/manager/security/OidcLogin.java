package org.shellymanager.manager.security;

import java.util.List;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through the OpenID Connect provider of {@code shelly-manager.security.oidc}, when one is set: the
 * login page's button leads to {@code /oauth2/authorization/oidc}, the provider returns to
 * {@code /login/oauth2/code/oidc}, and the user then holds the same browser session as after a form login.
 */
@Component
class OidcLogin {

    private final SecurityProperties.Oidc oidc;
    private final AccountService accounts;
    private final AuditLog audit;

    OidcLogin(SecurityProperties properties, AccountService accounts, AuditLog audit) {
        this.oidc = properties.oidc();
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The provider's name for the login page's button, or null when single sign-on is off. */
    String providerName() {
        return oidc.enabled() ? oidc.providerName() : null;
    }

    void applyTo(HttpSecurity http) {
        if (!oidc.enabled()) {
            return;
        }
        OidcLoginOutcome outcome = new OidcLoginOutcome(audit, oidc.providerName());
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(new OidcClientRegistration(oidc))
                // the provider's tokens are needed only to sign in; they live and die with the session
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccounts(accounts, oidc)))
                .successHandler(outcome)
                .failureHandler(outcome)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // an unreachable provider shows on the login page, not as a bare error 500
                        filter.setAuthenticationFailureHandler(outcome);
                        return filter;
                    }
                })
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        // a new session, not only a new id: the session the round trip began in is older than an
                        // account created by this sign-in, and SessionGuard would end it at once
                        filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(List.of(
                                new SessionFixationProtectionStrategy(),
                                http.getSharedObject(SessionAuthenticationStrategy.class))));
                        return filter;
                    }
                }));
    }
}
