package org.shellymanager.manager.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.shellymanager.manager.platform.RunningServer;

/** Scheduled exports and the export webhook on the settings page, in headless Chromium against the whole server. */
class ExportSettingsBrowserTest {

    @RegisterExtension
    static final SettingsServer SETTINGS = new SettingsServer();

    private final RunningServer server = SETTINGS.server();
    private final Page page = SETTINGS.admin();

    @Test
    void addsRunsAndDeletesAScheduleAndShowsWhatIsWrongWithABadOne(@TempDir Path dir) throws IOException {
        page.navigate("/settings");
        Locator form = page.locator("form[hx-post='/settings/export-schedules']");
        form.locator("#es-name").fill("nightly-json");
        form.locator("#es-exporter").selectOption("json");
        form.locator("#es-schedule").fill("every night");
        form.locator("#es-directory").fill(dir.toString());
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#flash")).containsText("export.schedule-invalid");
        assertThat(page.locator("#flash")).containsText("schedule 'every night'");

        form.locator("#es-schedule").fill("0 3 * * *");
        form.locator("#es-options").fill("pretty=false");
        form.locator("button[type=submit]").click();
        Locator row = page.locator("#export-schedules tbody tr", new Page.LocatorOptions().setHasText("nightly-json"));
        assertThat(row).containsText("never");

        row.locator("button", new Locator.LocatorOptions().setHasText("Run now")).click();
        assertThat(page.locator("#export-schedules tbody tr", new Page.LocatorOptions().setHasText("nightly-json")))
                .containsText("SUCCEEDED");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement().satisfies(name -> assertThat(name).startsWith("nightly-json-").endsWith("-fleet.json"));
        }
        Chromium.screenshot(page, "settings-exports");

        page.locator("#export-schedules tbody tr", new Page.LocatorOptions().setHasText("nightly-json"))
                .locator("button", new Locator.LocatorOptions().setHasText("Delete")).click();
        assertThat(page.locator("#export-schedules tbody")).containsText("No export schedules.");
    }

    @Test
    void setsTheWebhookWithoutEverShowingItsSecret() {
        page.navigate("/settings");
        page.locator("#w-url").fill(server.url() + "/api/v1/health");
        page.locator("form[hx-post='/settings/export-webhook'] button[type=submit]").click();
        assertThat(page.locator("#flash")).containsText("outbound.url-refused");

        page.locator("#w-url").fill("http://127.0.0.1:9/hook");
        page.locator("#w-secret").fill("webhook-secret-value");
        page.locator("form[hx-post='/settings/export-webhook'] button[type=submit]").click();
        assertThat(page.locator("#webhook-state")).hasText("Set to http://127.0.0.1:9/hook, signed.");
        assertThat(page.content()).doesNotContain("webhook-secret-value");
        page.locator("button", new Page.LocatorOptions().setHasText("Remove webhook")).click();
        assertThat(page.locator("#webhook-state")).hasText("Not set.");
    }
}
