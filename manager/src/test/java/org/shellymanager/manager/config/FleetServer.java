package org.shellymanager.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.shellymanager.manager.platform.OneServer;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * A simulated fleet and a server with every device of it in its inventory (tagged, if asked), started once for a
 * test class and closed after it (the server first). Register it as a static {@code @RegisterExtension} field; it is
 * ready before the class's own {@code @BeforeAll} methods run.
 */
public final class FleetServer implements BeforeAllCallback, AfterAllCallback {

    private final FleetSpec spec;
    private final OneServer server;
    private String tag;
    private SimulatedFleet fleet;
    private List<String> ids;

    public FleetServer(FleetSpec spec, String... serverArguments) {
        this.spec = spec;
        this.server = new OneServer(serverArguments);
    }

    /** Gives every device this tag once registered. */
    public FleetServer tagged(String deviceTag) {
        this.tag = deviceTag;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        fleet = SimulatedFleet.start(spec);
        server.beforeAll(context);
        ids = ConfigFleet.register(server(), fleet);
        if (tag != null) {
            for (String id : ids) {
                assertThat(server().patch("/api/v1/devices/" + id, "{\"tags\":[\"" + tag + "\"]}").status()).isEqualTo(200);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.afterAll(context);
        if (fleet != null) {
            fleet.close();
        }
    }

    public SimulatedFleet fleet() {
        return fleet;
    }

    public RunningServer server() {
        return server.get();
    }

    /** The inventory ids of the devices, in fleet order. */
    public List<String> ids() {
        return ids;
    }
}
