package org.shellymanager.manager.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system Chromium driven by Playwright, headless, for the tests of one class. Register it as a static
 * {@code @RegisterExtension} field. The browser process is launched once for the whole test run and shared by the
 * classes; each class gets its own browser profiles (closed after the class) and its own records of console errors
 * (Content-Security-Policy violations among them) and dialogs (an {@code alert} would mean injected script ran).
 * Playwright never downloads a browser here. Without {@code /usr/bin/chromium} the browser tests are skipped,
 * except under {@code CI=true}, where they fail.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Chromium.class);

    final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<BrowserContext> profiles = new CopyOnWriteArrayList<>();
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean present = Files.isExecutable(EXECUTABLE);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + EXECUTABLE + " is missing: apt-get install -y chromium");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed at " + EXECUTABLE);
        browser = context.getRoot().getStore(SHARED)
                .computeIfAbsent(SharedBrowser.class, key -> SharedBrowser.launch(), SharedBrowser.class).browser();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        profiles.forEach(BrowserContext::close);
        profiles.clear();
        consoleErrors.clear();
        dialogs.clear();
    }

    /** A fresh browser profile of the given viewport, logged in to the server at {@code base}. */
    Page loggedIn(String base, String user, String password, int width, int height) {
        Page page = anonymous(base, width, height);
        page.navigate("/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL(base + "/");
        return page;
    }

    /** A fresh browser profile of the given viewport that has not logged in. */
    Page anonymous(String base, int width, int height) {
        BrowserContext profile = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(base).setViewportSize(width, height));
        profiles.add(profile);
        Page page = profile.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            if ("confirm".equals(dialog.type())) {
                dialog.accept();
            } else {
                dialog.dismiss();
            }
        });
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Closes, in this order, those parts of a browser test that were started (the others are null). */
    static void closeStarted(AutoCloseable... parts) throws Exception {
        for (AutoCloseable part : parts) {
            if (part != null) {
                part.close();
            }
        }
    }

    /** Playwright's driver and one headless Chromium, closed by JUnit when the whole test run ends. */
    private record SharedBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static SharedBrowser launch() {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new SharedBrowser(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
