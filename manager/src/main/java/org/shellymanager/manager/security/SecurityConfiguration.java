package org.shellymanager.manager.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. API callers authenticate per request with a bearer token (stateless, no CSRF); people
 * use a browser session from the login form or single sign-on (CSRF-protected). Every operation's role is then
 * checked by {@link RoleInterceptor}. Security headers go on every answer.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere; nothing from other origins; never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher MACHINE_PATHS = new OrRequestMatcher(path("/api/**"), path("/v3/api-docs/**"),
            path("/actuator/**"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TokenService tokens, AccountService accounts,
                                            ProblemResponder problems, SecurityProperties properties,
                                            SessionLoginProvider sessionLogin, OidcLogin oidcLogin, Clock clock) {
        AccessDeniedHandler pageDenied = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/setup", "/error", "/css/**", "/js/**", "/icons/**", "/webjars/**",
                                "/manifest.webmanifest", "/sw.js", "/offline.html", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new SessionGuard(accounts, properties, clock), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiAuthenticationFilter(tokens, accounts, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(properties.apiRequestsPerMinute(), problems), AnonymousAuthenticationFilter.class)
                .authenticationProvider(sessionLogin)
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutBrowserSession))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.send(request, response,
                                new ManagerException(ErrorCode.AUTH_REQUIRED,
                                        "Send an API token as 'Authorization: Bearer <token>' (shelly-manager login mints one).")),
                                MACHINE_PATHS)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler((request, response, e) -> {
                            if (MACHINE_PATHS.matches(request)) {
                                problems.send(request, response, new ManagerException(ErrorCode.AUTH_FORBIDDEN,
                                        "Refused: " + e.getMessage() + ". Browser sessions must send the CSRF token."));
                            } else {
                                pageDenied.handle(request, response, e);
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        oidcLogin.applyTo(http);
        return http.build();
    }

    /**
     * CSRF guards browser sessions only: a call with its own credentials (bearer token, or a password for minting),
     * or an API call without a session cookie, cannot ride on a victim's session.
     */
    static boolean withoutBrowserSession(HttpServletRequest request) {
        return ApiAuthenticationFilter.hasCredentialsHeader(request)
                || (MACHINE_PATHS.matches(request) && request.getRequestedSessionId() == null);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
