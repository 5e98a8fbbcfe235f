package org.shellymanager.manager.web;

import org.shellymanager.manager.platform.SharedServer;

/**
 * The server without devices that the settings pages' browser tests share (exports, webhook, API tokens): outbound
 * calls to loopback are allowed so that a webhook can point at this machine.
 */
final class SettingsServer {

    private SettingsServer() {
    }

    static SharedServer shared() {
        return new SharedServer("--shelly-manager.security.outbound-allow-loopback=true");
    }
}
