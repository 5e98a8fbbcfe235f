package org.shellymanager.manager.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.manager.platform.SharedServer;

/**
 * The server without devices that the settings pages' browser tests share (exports, webhook, API tokens), and the
 * bootstrap admin logged in to it in Chromium, one browser page for the whole test class. Outbound calls to loopback
 * are allowed so that a webhook can point at this machine. Register it as a static {@code @RegisterExtension} field;
 * the server and the page are ready before the test instances are made. Without Chromium the class is skipped (see
 * {@link Chromium}) before the server starts.
 */
final class SettingsServer implements BeforeAllCallback, AfterAllCallback {

    private final Chromium chromium = new Chromium();
    private final SharedServer server = new SharedServer("--shelly-manager.security.outbound-allow-loopback=true");
    private Page admin;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium.beforeAll(context);
        server.beforeAll(context);
        admin = chromium.loggedIn(server().url(), RunningServer.ADMIN_USER, RunningServer.ADMIN_PASSWORD, 1280, 900);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        chromium.afterAll(context);
    }

    RunningServer server() {
        return server.get();
    }

    /** The admin's page, 1280 by 900, shared by the class's tests. */
    Page admin() {
        return admin;
    }

    /** The browser, for more profiles and for its records of console errors and dialogs. */
    Chromium chromium() {
        return chromium;
    }
}
