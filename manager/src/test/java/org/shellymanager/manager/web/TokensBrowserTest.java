package org.shellymanager.manager.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.RunningServer;

/** The API tokens page in headless Chromium: mint a token (shown once), use it, see it listed, revoke it. */
class TokensBrowserTest {

    @RegisterExtension
    static final SettingsServer SETTINGS = new SettingsServer();

    private final RunningServer server = SETTINGS.server();
    private final Page page = SETTINGS.admin();

    @Test
    void mintsAViewerTokenShowsItOnceAndRevokesIt() throws Exception {
        page.navigate("/settings");
        page.locator("#tokens-link").click();
        assertThat(page.locator("[data-tokens]")).hasAttribute("data-loaded", "true");

        page.locator("#tk-name").fill("grafana <b>board</b>");
        page.locator("#tk-role").selectOption("VIEWER");
        page.locator("#tk-days").fill("30");
        page.locator("#token-form button[type=submit]").click();
        assertThat(page.locator("#token-minted")).isVisible();
        String token = page.locator("#token-value").textContent();
        assertThat(token).hasSizeGreaterThan(20);
        Locator row = page.locator("#token-table tbody tr", new Page.LocatorOptions().setHasText("grafana <b>board</b>"));
        assertThat(row).containsText("VIEWER");
        assertThat(row).containsText("active");
        assertThat(row).containsText("never");
        Chromium.screenshot(page, "settings-tokens");

        HttpResponse<String> me = me(token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"VIEWER\"");
        page.reload();
        assertThat(page.locator("#token-minted")).isHidden();
        assertThat(page.content()).as("the token is shown only when it is made").doesNotContain(token);
        assertThat(row).not().containsText("never");

        row.locator("button", new Locator.LocatorOptions().setHasText("Revoke")).click();
        assertThat(row).containsText("revoked");
        assertThat(row.locator("button")).hasCount(0);
        assertThat(me(token).statusCode()).isEqualTo(401);
        assertThat(SETTINGS.chromium().consoleErrors.stream().filter(e -> e.contains("Content Security Policy"))).isEmpty();
    }

    @Test
    void aViewerIsOfferedNoRoleAboveItsOwn() {
        assertThat(server.post("/api/v1/users", "{\"username\":\"reader\",\"password\":\"reader-password-for-tests\","
                + "\"role\":\"VIEWER\"}").status()).isEqualTo(201);
        Page viewer = SETTINGS.chromium().loggedIn(server.url(), "reader", "reader-password-for-tests", 360, 740);
        viewer.navigate("/settings/tokens");
        assertThat(viewer.locator("#token-none")).isVisible();
        assertThat(viewer.locator("#tk-role option")).hasCount(2);
        viewer.locator("#tk-name").fill("phone");
        viewer.locator("#token-form button[type=submit]").click();
        assertThat(viewer.locator("#token-table tbody tr")).containsText("VIEWER");
        Chromium.screenshot(viewer, "settings-tokens-phone");
        viewer.context().close();
    }

    /** Who the token stands for, asked without the browser's session. */
    private HttpResponse<String> me(String token) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/me"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
