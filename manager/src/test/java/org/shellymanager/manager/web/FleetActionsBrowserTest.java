package org.shellymanager.manager.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's power, energy and events, the devices table's own switches and bulk actions, what a viewer is
 * shown, and the Content-Security-Policy on every page, in headless Chromium against the whole server and a
 * simulated fleet of three metered plugs. Saves screenshots under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetActionsBrowserTest {

    private static final String VIEWER = "watcher";
    private static final String VIEWER_PASSWORD = "watcher-password-for-tests";
    private static final LocatorAssertions.HasTextOptions PATIENT = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    private static final LocatorAssertions.ContainsTextOptions PATIENTLY = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final LocatorAssertions.IsVisibleOptions VISIBLE = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

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
                .add("SNSW-001P16EU", 1, d -> d.name("Desk plug").load(60))
                .add("SHSW-PM", 1, d -> d.name("Boiler relay").load(40))
                .build());
        fleet.devices().forEach(device -> device.setOutput(0, true));
        server = RunningServer.start("--shelly-manager.telemetry.interval=1s", "--shelly-manager.telemetry.watched-interval=1s",
                "--shelly-manager.telemetry.history.sample-interval=1s", "--shelly-manager.telemetry.history.flush-interval=500ms",
                "--shelly-manager.web.live-interval=300ms", "--shelly-manager.web.map-devices=0",
                "--shelly-manager.web.map-groups=0");
        base = server.url();
        JsonNode scan = server.post("/api/v1/discovery/scans", "{\"targets\":[" + String.join(",",
                fleet.devices().stream().map(d -> "\"" + d.address() + "\"").toList()) + "]}").body();
        await().atMost(Duration.ofSeconds(60)).until(() -> server.get("/api/v1/jobs/" + scan.path("id").asString())
                .body().path("state").asString().equals("SUCCEEDED"));
        assertThat(server.post("/api/v1/users", "{\"username\":\"" + VIEWER + "\",\"password\":\"" + VIEWER_PASSWORD
                + "\",\"role\":\"VIEWER\"}").status()).isEqualTo(201);
        page = CHROMIUM.loggedIn(base, RunningServer.ADMIN_USER, RunningServer.ADMIN_PASSWORD, 1280, 900);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void dashboardShowsFleetPowerEnergyAndADeviceGoingOffline() {
        page.navigate("/");
        assertThat(page.locator("#fleet-power")).hasText(Pattern.compile("2[0-9]{2} W"), PATIENT);
        assertThat(page.locator("#chart-fleet-energy")).hasAttribute("data-loaded", "true");
        assertThat(page.locator("#recent-events")).containsText("No device went offline");

        SimulatedDevice boiler = fleet.devices().get(2);
        boiler.injectFault(new Fault.Refused());
        try {
            assertThat(page.locator("#recent-events [data-event-kind=offline]").first()).containsText("Boiler relay", PATIENTLY);
            assertThat(page.locator("#recent-events [data-event-kind=offline]").first()).containsText("went offline");
            assertThat(page.locator("#fleet-power")).hasText(Pattern.compile("1[5-9][0-9] W"), PATIENT);
            assertThat(page.locator("#fleet-counts .state-offline")).hasText("1", PATIENT);
            Chromium.screenshot(page, "dashboard-events");

            page.locator("#recent-events [data-event-kind=offline] a").first().click();
            assertThat(page.locator("#device-events [data-event-kind=offline]")).containsText("went offline");
        } finally {
            boiler.clearFaults();
        }
        page.navigate("/");
        assertThat(page.locator("#recent-events [data-event-kind=online]").first()).containsText("back online", PATIENTLY);
        assertThat(page.locator("#fleet-counts .state-offline")).hasText("0", PATIENT);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(5)).until(() -> {
            page.navigate("/");
            assertThat(page.locator("#chart-fleet-energy")).hasAttribute("data-loaded", "true");
            return page.locator("#chart-fleet-energy").getAttribute("aria-label");
        }, label -> label.matches("energy used today, hour by hour: [1-9][0-9]* Wh in [12] hour\\(s\\)"));
        assertThat(page.locator("#fleet-energy-today")).hasText(Pattern.compile("[1-9][0-9]* Wh"));
        Chromium.screenshot(page, "dashboard-energy");
    }

    @Test
    @Order(2)
    void switchesARowOffAndOnInTheTableAndSeesItsPowerLive() {
        page.navigate("/devices?q=Kitchen");
        Locator row = page.locator("tr[data-device-id]");
        assertThat(row).hasCount(1);
        String id = row.getAttribute("data-device-id");
        Locator cell = page.locator("#switch-" + id);
        assertThat(cell.locator("[data-switch=on]")).hasAttribute("aria-pressed", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));

        cell.locator("[data-switch=off]").click();
        assertThat(page.locator("#switch-" + id + " [data-switch=off]")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#power-" + id)).hasText("0.0 W", PATIENT);
        assertThat(fleet.devices().getFirst().output(0)).isFalse();

        page.locator("#switch-" + id + " [data-switch=on]").click();
        assertThat(page.locator("#power-" + id)).hasText(Pattern.compile("1[12][0-9] W"), PATIENT);
        assertThat(fleet.devices().getFirst().output(0)).isTrue();
    }

    @Test
    @Order(3)
    void switchesTheSelectionOffAsAJobAndFollowsIt() {
        page.navigate("/devices?q=plug");
        assertThat(page.locator("tr[data-device-id]")).hasCount(2);
        assertThat(page.locator("[data-needs-selection]").first()).isDisabled();
        page.locator("[data-select-all]").check();
        assertThat(page.locator("[data-selected-count]")).hasText("2");
        page.locator(".bulk-bar button:text-is('Off')").click();

        assertThat(page.locator("#bulk-job a")).isVisible(VISIBLE);
        assertThat(page.locator(".alert-success")).hasText("Started 'switch:0 off' on 2 device(s).");
        for (String id : page.locator("tr[data-device-id]").all().stream().map(r -> r.getAttribute("data-device-id")).toList()) {
            assertThat(page.locator("#power-" + id)).hasText("0.0 W", PATIENT);
        }
        assertThat(CHROMIUM.dialogs).anyMatch(d -> d.equals("confirm: Switch the selected devices off?"));
        assertThat(fleet.devices().get(0).output(0)).isFalse();
        assertThat(fleet.devices().get(1).output(0)).isFalse();
        assertThat(fleet.devices().get(2).output(0)).as("not selected").isTrue();
        Chromium.screenshot(page, "devices-bulk");

        page.locator("#bulk-job a").click();
        assertThat(page.locator("#job-state")).hasText("SUCCEEDED", PATIENT);
        assertThat(page.locator("#job-results tbody tr")).hasCount(2);

        page.navigate("/devices?q=Kitchen");
        page.locator("tr[data-device-id] .name-cell a").click();
        assertThat(page.locator("#device-jobs-table tbody tr a")).hasText(new String[] {"CONTROL", "DISCOVERY"});
        Chromium.screenshot(page, "device-events-jobs");
    }

    @Test
    @Order(4)
    void tagsUntagsAndAssignsATemplateToTheSelection() {
        assertThat(server.post("/api/v1/config/templates", "{\"name\":\"quiet plugs\",\"settings\":{\"switches\":{\"*\":"
                + "{\"autoOff\":300}}}}").status()).isEqualTo(201);
        page.navigate("/devices?q=plug");
        page.locator("[data-select-all]").check();
        page.locator("#bulk-tag").fill("office");
        page.getByText("Add tag").click();
        assertThat(page.locator(".alert-success")).hasText("Tagged 2 device(s) with 'office'.");
        page.navigate("/devices?tag=office");
        assertThat(page.locator("tr[data-device-id]")).hasCount(2);

        page.locator("tr[data-device-id]:has-text('Desk plug') input[name=ids]").check();
        page.locator("#bulk-tag").fill("office");
        page.getByText("Remove tag").click();
        assertThat(page.locator(".alert-success")).hasText("Removed the tag 'office' from 1 device(s).");
        assertThat(page.locator("tr[data-device-id]")).hasCount(1);

        page.locator("[data-select-all]").check();
        page.locator("#bulk-template").selectOption("quiet plugs");
        page.locator(".bulk-bar button:text-is('Assign')").click();
        assertThat(page.locator(".alert-success")).hasText("Assigned the template 'quiet plugs' to 1 device(s); sync them to apply it.");
        String kitchen = page.locator("tr[data-device-id]").getAttribute("data-device-id");
        assertThat(server.get("/api/v1/config/templates/quiet plugs".replace(" ", "%20")).body().path("assignTo")
                .path("devices").toString()).isEqualTo("[\"" + kitchen + "\"]");

        page.locator("[data-select-all]").check();
        page.locator(".bulk-bar button:text-is('Sync…')").click();
        assertThat(page.locator("#plan-changing")).hasText("1", PATIENT);
    }

    @Test
    @Order(5)
    void forgetsTheSelectionAfterConfirming() {
        page.navigate("/devices?q=Boiler");
        page.locator("[data-select-all]").check();
        page.locator(".bulk-bar button:text-is('Forget')").click();
        assertThat(page.locator(".alert-success")).hasText("Forgot 1 device(s).");
        assertThat(page.locator("tr[data-device-id]")).hasCount(0);
        assertThat(CHROMIUM.dialogs).anyMatch(d -> d.startsWith("confirm: Forget the selected devices?"));
        assertThat(server.get("/api/v1/devices").body().path("total").asInt()).isEqualTo(2);
    }

    @Test
    @Order(6)
    void aViewerSeesTheFleetButNoActionControls() {
        Page viewer = CHROMIUM.loggedIn(base, VIEWER, VIEWER_PASSWORD, 1280, 900);
        viewer.navigate("/devices");
        assertThat(viewer.locator("tr[data-device-id]")).hasCount(2);
        assertThat(viewer.locator("tr[data-device-id] [id^=switch-]").first()).hasText(Pattern.compile("on|off"), PATIENT);
        assertThat(viewer.locator(".bulk-bar")).hasCount(0);
        assertThat(viewer.locator("input[name=ids]")).hasCount(0);
        assertThat(viewer.locator("[data-switch]")).hasCount(0);
        Chromium.screenshot(viewer, "devices-viewer");

        viewer.locator("tr[data-device-id] .name-cell a").first().click();
        assertThat(viewer.locator("#device-power")).isVisible();
        assertThat(viewer.locator("#device-live form")).hasCount(0);
        assertThat(viewer.locator("form[action$='/edit'], form[action$='/credentials']")).hasCount(0);
        viewer.context().close();
    }

    @Test
    @Order(7)
    void noPageBreaksTheContentSecurityPolicy() {
        String device = server.get("/api/v1/devices").body().path("items").get(0).path("id").asString();
        for (String path : List.of("/", "/devices", "/devices/" + device, "/devices/" + device + "/config", "/discovery",
                "/config", "/config/templates", "/jobs", "/map", "/settings")) {
            page.navigate(path);
            page.waitForLoadState();
            if (path.equals("/map")) {
                opensAGroupOfTheGroupedMap();
            }
            if (path.startsWith("/devices/") && !path.endsWith("/config")) {
                assertThat(page.locator("#chart-power")).hasAttribute("data-loaded", "true");
            }
        }
        assertThat(CHROMIUM.consoleErrors.stream().filter(e -> e.contains("Content Security Policy"))).isEmpty();
    }

    /**
     * With {@code map-devices=0} and {@code map-groups=0} the map is grouped by subnet: one node for the fleet's subnet,
     * which opens into its room groups, which open into their devices, each loaded when it is selected.
     */
    private void opensAGroupOfTheGroupedMap() {
        Locator map = page.locator("#map");
        assertThat(map).hasAttribute("data-ready", "true");
        assertThat(map).hasAttribute("data-grouped", "true");
        assertThat(map).hasAttribute("data-nodes", "1");
        assertThat(map).hasAttribute("data-devices", "0");
        String devices = String.valueOf(server.get("/api/v1/devices").body().path("total").asInt());
        BoundingBox box = map.boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        assertThat(map).hasAttribute("data-nodes", "2");
        assertThat(map).hasAttribute("data-devices", "0");
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        assertThat(map).hasAttribute("data-devices", devices);
        Chromium.screenshot(page, "map-grouped");
    }
}
