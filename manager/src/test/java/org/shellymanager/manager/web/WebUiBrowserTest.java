package org.shellymanager.manager.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * The web UI end to end in headless Chromium against the whole server and a simulated fleet, as a person uses
 * it: discover and adopt, filter and bulk-tag, switch a relay and watch the power, charts, jobs, the map, dark
 * mode and a phone. Saves a screenshot of every main page under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserTest {

    static final String HOSTILE_NAME = "<script>alert(1)</script>";
    private static final String ADMIN = RunningServer.ADMIN_USER;
    private static final String PASSWORD = RunningServer.ADMIN_PASSWORD;
    private static final LocatorAssertions.HasTextOptions PATIENT = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private SimulatedFleet fleet;
    private RunningServer server;
    private Page page;
    private String base;

    @BeforeAll
    void start() {
        fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SNSW-001P16EU", 1, d -> d.name("Kitchen plug").load(120))
                .add("SNSW-001P16EU", 1, d -> d.name(HOSTILE_NAME).load(60))
                .add("SHSW-PM", 1, d -> d.load(40))
                .add("SNSW-001X16EU", 1, d -> d.name("Locked relay").password("device-secret"))
                .build());
        server = RunningServer.start("--shelly-manager.telemetry.interval=2s", "--shelly-manager.telemetry.watched-interval=1s",
                "--shelly-manager.web.live-interval=300ms");
        base = server.url();
        page = CHROMIUM.loggedIn(base, ADMIN, PASSWORD, 1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.closeStarted(server, fleet);
    }

    @Test
    @Order(1)
    void discoversTheFleetAndAdoptsAProtectedDevice() {
        page.navigate("/discovery");
        page.locator("#s-targets").fill(String.join("\n", fleet.devices().stream().map(SimulatedDevice::address).toList()));
        page.locator("form[action='/discovery/scan'] button[type=submit]").click();
        assertThat(page.locator("#scan-state")).hasText("SUCCEEDED", PATIENT);
        assertThat(page.locator("#results-added tbody tr")).hasCount(3);
        assertThat(page.locator("#needs-credentials tbody tr")).hasCount(1);
        Chromium.screenshot(page, "discovery-scan");

        String firstScan = page.url();
        Locator row = page.locator("#needs-credentials tbody tr").first();
        row.locator("input[name=password]").fill("device-secret");
        row.locator("button[type=submit]").click();
        page.waitForURL(url -> url.contains("/discovery/scans/") && !url.equals(firstScan));
        assertThat(page.locator("#scan-state")).hasText("SUCCEEDED", PATIENT);
        assertThat(page.locator("#needs-credentials tbody tr")).hasCount(0);
        assertThat(page.locator("#results-other tbody tr")).containsText(new String[] {"UPDATED"});
        page.navigate("/discovery");
        Chromium.screenshot(page, "discovery");
    }

    @Test
    @Order(2)
    void filtersTheDevicesTableAndTagsTheSelection() {
        page.navigate("/devices");
        assertThat(page.locator("tr[data-device-id]")).hasCount(4);
        page.locator("#f-model").fill("SNSW-001P16EU");
        assertThat(page.locator("tr[data-device-id]")).hasCount(2);
        assertThat(page).hasURL(Pattern.compile(".*model=SNSW-001P16EU.*"));
        page.locator("[data-select-all]").check();
        page.locator("#bulk-tag").fill("metered");
        page.getByText("Add tag").click();
        assertThat(page.locator(".alert-success")).hasText("Tagged 2 device(s) with 'metered'.");
        page.locator("#f-model").fill("");
        page.locator("#f-tag").fill("metered");
        assertThat(page.locator("tr[data-device-id]")).hasCount(2);
        page.locator("#f-tag").fill("");
        assertThat(page.locator("tr[data-device-id]")).hasCount(4);
        assertThat(page.locator("tr[data-device-id] .state-online").first()).isVisible();
        Chromium.screenshot(page, "devices");
    }

    @Test
    @Order(3)
    void switchesARelayAndSeesThePowerChangeLive() {
        page.navigate("/devices?q=Kitchen");
        page.locator("tr[data-device-id] a").first().click();
        assertThat(page.locator("#part-switch-0")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        control(page.locator("#part-switch-0 button[value=off]"));
        assertThat(page.locator("#device-power")).hasText("0.0 W", PATIENT);
        control(page.locator("#part-switch-0 button[value=on]"));
        assertThat(page.locator("#device-power")).hasText(Pattern.compile("1[12][0-9] W"), PATIENT);

        SimulatedDevice kitchen = fleet.devices().getFirst();
        kitchen.setOutput(0, false);
        assertThat(page.locator("#device-power")).hasText("0.0 W", PATIENT);
        kitchen.setOutput(0, true);
        assertThat(page.locator("#device-power")).hasText(Pattern.compile("1[12][0-9] W"), PATIENT);

        assertThat(page.locator("#chart-power")).hasAttribute("data-loaded", "true");
        page.locator("[data-chart-target=chart-power][data-chart-range='24h']").click();
        assertThat(page.locator("#chart-power")).hasAttribute("data-chart", Pattern.compile(".*range=24h.*"));
        Chromium.screenshot(page, "device");
    }

    /** Clicks a control button and waits for its answer: htmx drops a click made while the previous one is in flight. */
    private void control(Locator button) {
        page.waitForResponse(response -> response.url().endsWith("/control") && response.request().method().equals("POST"),
                button::click);
    }

    @Test
    @Order(4)
    void followsAJob() {
        page.navigate("/jobs");
        assertThat(page.locator("#jobs-table tbody tr")).hasCount(2);
        page.locator("#jobs-table tbody tr a").last().click();
        assertThat(page.locator("#job-state")).hasText("SUCCEEDED");
        assertThat(page.locator("#job-results tbody tr")).hasCount(4);
        Chromium.screenshot(page, "job");
        page.navigate("/jobs");
        Chromium.screenshot(page, "jobs");
        page.navigate("/");
        assertThat(page.locator("#fleet-counts .stat").first()).hasText("4");
        Chromium.screenshot(page, "dashboard");
    }

    @Test
    @Order(5)
    void drawsTheNetworkMap() {
        page.navigate("/map");
        assertThat(page.locator("#map")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#map")).hasAttribute("data-nodes", "5");
        Chromium.screenshot(page, "map");
        page.navigate("/settings");
        Chromium.screenshot(page, "settings");
    }

    @Test
    @Order(6)
    void rendersDeviceNamesAsTextNeverAsMarkup() {
        for (String path : List.of("/devices", "/devices?q=alert", "/map", "/jobs")) {
            page.navigate(path);
            page.waitForLoadState();
        }
        page.navigate("/devices?q=alert");
        assertThat(page.locator("tr[data-device-id] .name-cell")).hasText(HOSTILE_NAME);
        page.locator("tr[data-device-id] .name-cell a").click();
        assertThat(page.locator("h1 span").first()).hasText(HOSTILE_NAME);
        assertThat(page).hasTitle(HOSTILE_NAME + " · Shelly Manager");
        page.navigate("/map");
        assertThat(page.locator("#map")).hasAttribute("data-ready", "true");
        assertThat(CHROMIUM.dialogs.stream().filter(d -> d.startsWith("alert"))).isEmpty();
    }

    @Test
    @Order(7)
    void switchesToDarkModeAndKeepsIt() {
        page.navigate("/devices");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "light");
        page.locator("#theme-switch").click();
        page.locator("#theme-switch").click();
        assertThat(page.locator("[data-theme-label]")).hasText("dark");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
        page.navigate("/");
        assertThat(page.locator("html")).hasAttribute("data-bs-theme", "dark");
        Chromium.screenshot(page, "dashboard-dark");
        page.navigate("/devices");
        Chromium.screenshot(page, "devices-dark");
        page.locator("#theme-switch").click();
        assertThat(page.locator("[data-theme-label]")).hasText("auto");
    }

    @Test
    @Order(8)
    void fitsAPhone() {
        Page phone = CHROMIUM.loggedIn(base, ADMIN, PASSWORD, 360, 740);
        for (String path : List.of("/", "/devices", "/discovery", "/jobs", "/settings")) {
            phone.navigate(path);
            Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
        }
        phone.navigate("/devices");
        assertThat(phone.locator(".navbar-toggler")).isVisible();
        phone.locator(".navbar-toggler").click();
        assertThat(phone.locator("#nav-links a[href='/jobs']")).isVisible();
        Chromium.screenshot(phone, "devices-phone");
        phone.navigate("/");
        Chromium.screenshot(phone, "dashboard-phone");
        phone.context().close();
    }

    @Test
    @Order(0)
    void loginPageLoadsItsStylesScriptsAndAppManifestWithoutASession() {
        Page anonymous = CHROMIUM.anonymous(base, 1280, 900);
        List<String> failed = new CopyOnWriteArrayList<>();
        anonymous.onResponse(response -> {
            if (response.status() >= 300 && !response.url().endsWith("/devices")) {
                failed.add(response.status() + " " + response.url());
            }
        });
        anonymous.navigate("/devices");
        assertThat(anonymous).hasURL(Pattern.compile(".*/login$"));
        anonymous.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(anonymous.locator("button[type=submit]")).hasCSS("background-color", "rgb(13, 110, 253)");
        assertThat(anonymous.evaluate("() => typeof window.htmx")).isEqualTo("object");
        APIResponse manifest = anonymous.request().get("/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.text()).contains("Shelly Manager");
        for (String asset : List.of("/sw.js", "/offline.html", "/icons/icon-192.png", "/js/app.js")) {
            assertThat(anonymous.request().get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(anonymous.request().get("/settings", RequestOptions.create().setMaxRedirects(0)).status())
                .as("pages still need a login").isEqualTo(302);
        assertThat(failed).isEmpty();
        Chromium.screenshot(anonymous, "login");
        anonymous.context().close();
    }

    @Test
    @Order(9)
    void showsErrorsWithTheirCode() {
        page.navigate("/devices/no-such-device");
        assertThat(page.locator(".alert-danger code")).hasText("device.not-found");
        page.navigate("/devices?sort=colour,up");
        assertThat(page.locator(".alert-danger code")).hasText("request.invalid");
        assertThat(CHROMIUM.consoleErrors.stream().filter(e -> e.contains("Content Security Policy"))).isEmpty();
    }
    @Test
    @Order(10)
    void editsATemplateAndSyncsADriftedDevice() {
        page.navigate("/config/templates");
        page.locator("#template-new").click();
        page.locator("#t-name").fill("metered plugs");
        page.locator("#t-tags").fill("metered");
        page.locator("#t-settings").fill("{\"switches\": {\"*\": {\"autoOff\": \"soon\"}}}");
        page.locator("#template-form button[type=submit]").click();
        assertThat(page.locator("#template-problem code")).hasText("template.invalid");
        page.locator("#t-settings").fill("{\"switches\": {\"*\": {\"autoOff\": 120}}}");
        page.locator("#template-form button[type=submit]").click();
        assertThat(page.locator("#template-saved")).hasText("Saved template \u2018metered plugs\u2019.");
        assertThat(page.locator("#template-list [data-template]")).hasCount(1);

        page.navigate("/config");
        page.locator("form[action='/config/drift'] button").click();
        assertThat(page.locator("#drift-count")).hasText("2");
        Chromium.screenshot(page, "config");
        page.locator("#drift-table tr[data-device-id]:has-text('Kitchen plug') button").first().click();
        assertThat(page.locator("#plan-changing")).hasText("1");
        assertThat(page.locator(".sync-plan code").first()).containsText("auto_off");
        Chromium.screenshot(page, "config-sync-preview");
        page.locator("#sync-run").click();
        assertThat(page.locator("#job-state")).hasText("SUCCEEDED", PATIENT);
        assertThat(page.locator("#job-results tbody tr")).containsText(new String[] {"APPLIED"});

        page.navigate("/config");
        page.locator("form[action='/config/drift'] button").click();
        assertThat(page.locator("#drift-count")).hasText("1");
        page.navigate("/config/templates");
        page.locator("#template-list [data-template]").first().click();
        page.locator("#preview-run").click();
        assertThat(page.locator("#preview-table tbody tr").first()).containsText("switch:0.auto_off");
        Chromium.screenshot(page, "config-templates");

        page.navigate("/devices?q=Kitchen");
        page.locator("tr[data-device-id] a").first().click();
        page.locator("#device-config-link").click();
        assertThat(page.locator("#snapshot-diff")).containsText("auto_off");
        Chromium.screenshot(page, "device-config");
    }

    @Test
    @Order(11)
    void filtersTheDevicesTableByDrift() {
        page.navigate("/devices");
        assertThat(page.locator("tr[data-device-id]")).hasCount(4);
        page.locator("#f-drift").selectOption("drifted");
        assertThat(page.locator("tr[data-device-id]")).hasCount(1);
        assertThat(page.locator("tr[data-device-id]")).containsText(HOSTILE_NAME);
        assertThat(page).hasURL(Pattern.compile(".*drift=drifted.*"));
        page.locator("#f-model").fill("SNSW-001P16EU");
        page.locator("#f-drift").selectOption("in-sync");
        assertThat(page.locator("tr[data-device-id]")).hasCount(1);
        assertThat(page.locator("tr[data-device-id]")).containsText("Kitchen plug");
        page.locator("#f-drift").selectOption("unchecked");
        assertThat(page.locator("tr[data-device-id]")).hasCount(0);
        page.navigate("/devices?drift=in-sync&model=SNSW-001P16EU");
        assertThat(page.locator("#f-drift")).hasValue("in-sync");
        assertThat(page.locator("tr[data-device-id]")).hasCount(1);
    }
}
