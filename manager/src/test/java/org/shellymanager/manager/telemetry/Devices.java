package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.SimulatedDevice;

/** Adds simulated devices to a running server's inventory through its API. */
final class Devices {

    private Devices() {
    }

    /** Adds the device (with its login, if it has one) and returns its inventory id. */
    static String add(RunningServer server, SimulatedDevice device) {
        String login = device.password() == null ? "" : ",\"credentials\":{\"username\":\""
                + (device.user() == null ? "admin" : device.user()) + "\",\"password\":\"" + device.password() + "\"}";
        RunningServer.Reply added = server.post("/api/v1/devices", "{\"address\":\"" + device.address() + "\"" + login + "}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.body().path("id").asString();
    }
}
