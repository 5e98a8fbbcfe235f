package org.shellymanager.manager.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID Connect provider (Spring Authorization Server) on a random port of 127.0.0.2, so its cookies never
 * mix with the manager's on 127.0.0.1. Its users sign in with a form; their ID tokens carry
 * {@code preferred_username} and a {@code groups} claim. The manager's client is registered once the manager's
 * address is known ({@link #registerClient}).
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "shelly-manager";
    static final String CLIENT_SECRET = "client-secret-for-tests";
    static final String PASSWORD = "provider-password";

    /** The provider's users and their groups. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "alice", List.of("staff", "home-admins"),
            "victor", List.of("home-viewers"),
            "nora", List.of("neighbours"));

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final InMemoryRegisteredClientRepository clients;

    private OidcProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.clients = context.getBean(InMemoryRegisteredClientRepository.class);
    }

    static OidcProvider start() {
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.register(Setup.class);
        context.refresh();
        return new OidcProvider(context);
    }

    /** The issuer URI, as the manager is configured with it. */
    String issuer() {
        return "http://127.0.0.2:" + context.getWebServer().getPort();
    }

    /** Lets the manager at {@code managerUrl} sign its users in. */
    void registerClient(String managerUrl) {
        clients.save(client(managerUrl + "/login/oauth2/code/oidc"));
    }

    /** The manager's client; saved again under the same id once its redirect URI is known. */
    private static RegisteredClient client(String redirectUri) {
        return RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's beans; registered by hand (no component scan, no auto-configuration). */
    @EnableWebSecurity
    static class Setup {

        @Bean
        TomcatServletWebServerFactory webServer() throws UnknownHostException {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getByName("127.0.0.2"));
            return factory;
        }

        /** Tomcat runs filters only for requests some servlet is mapped to; the provider's endpoints are filters. */
        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(client("http://127.0.0.1/not-yet-known"));
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(GROUPS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsInIdToken() {
            return token -> {
                if ("id_token".equals(token.getTokenType().getValue())) {
                    String name = token.getPrincipal().getName();
                    token.getClaims().claim("preferred_username", name).claim("groups", GROUPS.get(name));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** Checks the access tokens sent to the user-info endpoint. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }
    }
}
