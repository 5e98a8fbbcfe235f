package org.shellymanager.manager.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shellymanager.device.Sha256;
import org.shellymanager.manager.firmware.FirmwareTestFleet;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import tools.jackson.databind.JsonNode;

/**
 * The firmware page in headless Chromium against the whole server and a simulated fleet: versions per model after
 * an update check, cache uploads refused (checksum, size) and accepted, wizard input refused, a rollout planned, paused,
 * resumed and followed live to the end, and a viewer who is offered no controls. Saves screenshots of each page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirmwareUiBrowserTest {

    private static final String MODEL = "SNSW-001P16EU";
    private static final int MAX_FILE_SIZE = 4096;
    private static final String VIEWER = "vera";
    private static final String VIEWER_PASSWORD = "viewer-password-for-tests";
    private static final LocatorAssertions.HasTextOptions PATIENT = new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private SimulatedFleet fleet;
    private RunningServer server;
    private Page page;

    @BeforeAll
    void start() {
        fleet = FirmwareTestFleet.start("127.43.60.1", FleetSpec.builder()
                .add(MODEL, 1, d -> d.name("Hall").firmware("1.0.0"))
                .add(MODEL, 1, d -> d.name("Kitchen").firmware("1.0.0"))
                .add(MODEL, 1, d -> d.name("Porch").firmware("1.0.0"))
                .add(MODEL, 1, d -> d.name("Garage").firmware("1.0.0"))
                .add("SHSW-1", 1, d -> d.firmware("1.13.0")));
        String[] args = List.of(List.of(FirmwareTestFleet.SERVER_ARGS), List.of("--shelly-manager.web.live-interval=300ms",
                "--shelly-manager.firmware.max-file-size=" + MAX_FILE_SIZE)).stream().flatMap(List::stream).toArray(String[]::new);
        server = RunningServer.start(args);
        FirmwareTestFleet.discover(server, fleet);
        assertThat(server.post("/api/v1/users", "{\"username\":\"" + VIEWER + "\",\"password\":\"" + VIEWER_PASSWORD
                + "\",\"role\":\"VIEWER\"}").status()).isEqualTo(201);
        page = CHROMIUM.loggedIn(server.url(), RunningServer.ADMIN_USER, RunningServer.ADMIN_PASSWORD, 1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.closeStarted(server, fleet);
    }

    @Test
    @Order(1)
    void checksForUpdatesAndShowsPerModelWhoIsBehind() {
        page.navigate("/");
        page.locator("#nav-links a[href='/firmware']").click();
        assertThat(page.locator("#firmware-behind")).hasText("0");
        page.locator("#firmware-check").click();
        assertThat(page.locator("#job-state")).hasText("SUCCEEDED", PATIENT);

        page.navigate("/firmware");
        assertThat(page.locator("#firmware-behind")).hasText("5");
        assertThat(page.locator("tr[data-model='" + MODEL + "'] .behind-count")).hasText("4");
        assertThat(page.locator("tr[data-model='" + MODEL + "']")).containsText("1.0.0 × 4");
        assertThat(page.locator("tr[data-model='SHSW-1'] .behind-count")).hasText("1");
        Chromium.screenshot(page, "firmware");
    }

    @Test
    @Order(2)
    void cachesAnUploadedFileOnlyWhenItsChecksumMatchesAndItIsNotTooLarge() {
        page.navigate("/firmware");
        byte[] content = "firmware image for the cache test".getBytes(StandardCharsets.UTF_8);
        page.locator("#u-model").fill(MODEL);
        page.locator("#u-version").fill("1.9.0");
        page.locator("#u-sha256").fill("0".repeat(64));
        page.locator("#u-file").setInputFiles(new FilePayload("plus1pm-1.9.0.zip", "application/zip", content));
        page.locator("#cache-upload button[type=submit]").click();
        assertThat(page.locator("#flash .alert-danger code")).hasText("firmware.checksum-mismatch");
        assertThat(page.locator("#cache-files tbody tr")).containsText(new String[] {"No cached files"});

        page.locator("#u-sha256").fill(Sha256.hex(content));
        page.locator("#cache-upload button[type=submit]").click();
        assertThat(page.locator("#cache-added code")).hasText(Sha256.hex(content));
        assertThat(page.locator("#flash .alert-danger")).hasCount(0);
        assertThat(page.locator("#cache-files tbody tr")).hasCount(1);
        assertThat(page.locator("#cache-files tbody tr")).containsText(new String[] {"1.9.0"});

        byte[] tooLarge = new byte[MAX_FILE_SIZE + 1];
        page.locator("#u-model").fill(MODEL);
        page.locator("#u-version").fill("1.9.1");
        page.locator("#u-sha256").fill(Sha256.hex(tooLarge));
        page.locator("#u-file").setInputFiles(new FilePayload("plus1pm-1.9.1.zip", "application/zip", tooLarge));
        page.locator("#cache-upload button[type=submit]").click();
        assertThat(page.locator("#flash .alert-danger code")).hasText("firmware.file-too-large");
        assertThat(page.locator("#cache-files tbody tr")).hasCount(1);
    }

    @Test
    @Order(3)
    void theWizardRefusesWhatTheApiRefusesWithTheProblemCode() {
        page.navigate("/firmware/rollouts/new");
        page.locator("#r-concurrency").fill("500");
        page.locator("#rollout-preview").click();
        assertThat(page.locator("#flash .alert-danger")).containsText("concurrency must be less than or equal to 64");
        assertThat(page.locator("#flash .alert-danger code")).hasText("request.invalid");

        page.locator("#r-concurrency").fill("2");
        page.locator("#r-waves").fill("1, ten, rest");
        page.locator("#rollout-preview").click();
        assertThat(page.locator("#flash .alert-danger")).containsText("'ten'");
        assertThat(page.locator("#rollout-plan .plan-wave")).hasCount(0);
    }

    @Test
    @Order(4)
    void plansARolloutInTheWizardAndFollowsItLiveToTheEnd() {
        page.navigate("/firmware");
        page.locator("#rollout-new").click();
        page.locator("#r-model").fill(MODEL);
        page.locator("#r-waves").fill("1, 50%, rest");
        page.locator("#r-concurrency").fill("2");
        page.locator("#rollout-preview").click();
        assertThat(page.locator("#rollout-plan .plan-wave-size")).hasText(new String[] {"1", "2", "1"});
        assertThat(page.locator("#plan-devices")).hasText("4 device(s)");
        Chromium.screenshot(page, "firmware-rollout-new");

        page.locator("#rollout-start").click();
        page.waitForURL(Pattern.compile(".*/firmware/rollouts/[0-9a-f-]{36}$"));
        page.locator("#rollout-pause").click();
        assertThat(page.locator("#rollout-state")).hasText("PAUSED");
        page.locator("#rollout-resume").click();
        assertThat(page.locator("#rollout-state")).hasText(Pattern.compile("RUNNING|COMPLETED"));

        assertThat(page.locator("#rollout-state")).hasText("COMPLETED", PATIENT);
        assertThat(page.locator(".rollout-wave .wave-count")).hasText(new String[] {"1 of 1 done", "2 of 2 done", "1 of 1 done"});
        assertThat(page.locator(".device-outcome")).hasText(new String[] {"UPDATED", "UPDATED", "UPDATED", "UPDATED"});
        assertThat(page.locator("#rollout-progress-text")).hasText("4 of 4 devices");
        assertThat(page.locator("#rollout-actions")).hasCount(0);
        Chromium.screenshot(page, "firmware-rollout");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode rollout = server.get("/api/v1/firmware/rollouts/" + id).body();
        for (SimulatedDevice device : fleet.devices()) {
            if (device.model().equals(MODEL)) {
                assertThat(device.firmwareId()).contains(rollout.path("devices").get(0).path("toVersion").asString());
            }
        }

        page.navigate("/firmware");
        assertThat(page.locator("tr[data-model='" + MODEL + "'] .behind-count")).hasText("0");
        assertThat(page.locator("#rollout-list tbody tr .rollout-state")).hasText(new String[] {"COMPLETED"});
    }

    @Test
    @Order(5)
    void aViewerSeesVersionsAndRolloutsButNoControls() {
        Page viewer = CHROMIUM.loggedIn(server.url(), VIEWER, VIEWER_PASSWORD, 1280, 900);
        viewer.navigate("/firmware");
        assertThat(viewer.locator("#firmware-models tbody tr")).hasCount(2);
        assertThat(viewer.locator("#firmware-check, #rollout-new, #cache-upload")).hasCount(0);
        viewer.locator("#rollout-list tbody tr a").first().click();
        assertThat(viewer.locator("#rollout-state")).hasText("COMPLETED");
        assertThat(viewer.locator("#rollout-live button")).hasCount(0);
        viewer.navigate("/firmware/rollouts/new");
        assertThat(viewer.locator(".alert-danger code")).hasText("auth.forbidden");
        viewer.context().close();
        assertThat(CHROMIUM.consoleErrors.stream().filter(e -> e.contains("Content Security Policy"))).isEmpty();
    }
}
