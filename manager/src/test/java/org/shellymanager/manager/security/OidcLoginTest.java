package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shellymanager.manager.security.HtmlForms.csrf;
import static org.shellymanager.manager.security.HtmlForms.form;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on against a real OpenID Connect provider: the whole authorization-code flow over HTTP, as a browser
 * follows it, for a user of each kind: one whose group maps to admin, one mapped to viewer, and one whose groups
 * map to nothing.
 */
class OidcLoginTest {

    private static OidcProvider provider;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        provider = OidcProvider.start();
        server = RunningServer.start("--shelly-manager.security.oidc.issuer-uri=" + provider.issuer(),
                "--shelly-manager.security.oidc.client-id=" + OidcProvider.CLIENT_ID,
                "--shelly-manager.security.oidc.client-secret=" + OidcProvider.CLIENT_SECRET,
                "--shelly-manager.security.oidc.scopes=openid",
                "--shelly-manager.security.oidc.provider-name=Home SSO",
                "--shelly-manager.security.oidc.roles.home-admins=admin",
                "--shelly-manager.security.oidc.roles.home-viewers=viewer");
        provider.registerClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        provider.close();
    }

    @Test
    void anAdminGroupMemberGetsAnAdminSessionThatReachesAdminPagesUntilLogout() throws Exception {
        Browser alice = new Browser();
        HttpResponse<String> login = alice.get(server.url() + "/login");
        assertThat(login.body()).contains("Sign in with Home SSO").contains("/oauth2/authorization/oidc");

        HttpResponse<String> landed = alice.signIn("alice");

        assertThat(landed.uri().toString()).isEqualTo(server.url() + "/");
        assertThat(alice.get(server.url() + "/api/v1/auth/me").body()).contains("\"username\":\"alice\"")
                .contains("\"role\":\"ADMIN\"").contains("\"via\":\"OIDC\"");
        assertThat(alice.get(server.url() + "/settings").statusCode()).isEqualTo(200);
        HttpResponse<String> users = alice.get(server.url() + "/api/v1/users");
        assertThat(users.statusCode()).as("an admin-only list").isEqualTo(200);
        assertThat(users.body()).contains("\"username\":\"alice\"").contains("\"source\":\"OIDC\"");
        JsonNode audit = server.get("/api/v1/audit?action=" + OidcLoginOutcome.ACTION + "&actor=alice").body();
        assertThat(audit.path("items").get(0).path("via").asString()).isEqualTo("OIDC");
        assertThat(audit.path("items").get(0).path("result").asString()).isEqualTo("SUCCEEDED");
        assertThat(audit.path("items").get(0).path("target").asString()).isEqualTo("Home SSO");

        String token = csrf(alice.get(server.url() + "/login").body());
        HttpResponse<String> logout = alice.send(form(server.url() + "/logout", "_csrf", token));
        assertThat(logout.uri().toString()).isEqualTo(server.url() + "/login?logout");
        assertThat(alice.get(server.url() + "/api/v1/auth/me").statusCode()).isEqualTo(401);
        assertThat(alice.get(server.url() + "/settings").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aViewerMappedUserIsRefusedAnAdminAction() throws Exception {
        Browser victor = new Browser();
        victor.signIn("victor");
        String token = csrf(victor.get(server.url() + "/login").body());

        HttpResponse<String> me = victor.get(server.url() + "/api/v1/auth/me");
        HttpResponse<String> createUser = victor.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/users"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"mallory\",\"password\":\"long-enough-pw\","
                        + "\"role\":\"ADMIN\"}")));

        assertThat(me.body()).contains("\"role\":\"VIEWER\"");
        assertThat(victor.get(server.url() + "/api/v1/users").statusCode()).isEqualTo(403);
        assertThat(createUser.statusCode()).isEqualTo(403);
        assertThat(createUser.body()).contains("auth.forbidden").contains("needs the ADMIN role");
        assertThat(server.get("/api/v1/users").text()).doesNotContain("mallory");
    }

    @Test
    void aUserWhoseGroupsMapToNoRoleIsRefusedWithTheReasonAndGetsNoAccount() throws Exception {
        Browser nora = new Browser();

        HttpResponse<String> refused = nora.signIn("nora");

        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.body()).contains("as &#39;nora&#39;").contains("neighbours")
                .contains("grants a role here").contains("shelly-manager.security.oidc.roles");
        assertThat(nora.get(server.url() + "/api/v1/auth/me").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/users").text()).doesNotContain("\"nora\"");
        JsonNode audit = server.get("/api/v1/audit?action=" + OidcLoginOutcome.ACTION + "&actor=nora").body();
        assertThat(audit.path("items").get(0).path("result").asString()).isEqualTo("REFUSED");
    }

    /** A browser: keeps cookies per host, follows redirects between the manager and the provider, asks for pages. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)));
        }

        /** Sends the request with the Accept header a browser sends for a page, or for JSON to the API. */
        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            boolean api = request.build().uri().getPath().startsWith("/api/");
            request.setHeader("Accept", api ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Clicks the login page's button, fills in the provider's form, and lands where the manager sends it. */
        HttpResponse<String> signIn(String user) throws IOException, InterruptedException {
            HttpResponse<String> providerLogin = get(server.url() + "/oauth2/authorization/oidc");
            assertThat(providerLogin.uri().toString()).as(providerLogin.body()).startsWith(provider.issuer() + "/login");
            return send(form(providerLogin.uri().toString(), "username", user, "password", OidcProvider.PASSWORD,
                    "_csrf", csrf(providerLogin.body())));
        }
    }
}
