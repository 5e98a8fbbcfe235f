package org.shellymanager.manager.demo;

import java.util.List;

import org.shellymanager.device.Credentials;
import org.shellymanager.manager.discovery.DiscoveryService;
import org.shellymanager.manager.discovery.Network;
import org.shellymanager.manager.discovery.NetworkService;
import org.shellymanager.manager.discovery.NetworkSpec;
import org.shellymanager.manager.inventory.FleetCredentials;
import org.shellymanager.manager.job.Job;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code shelly-manager.demo=true}): starts a simulated fleet on loopback once the server is up, sets
 * the fleet default login its protected devices use, registers a network that covers it and discovers it, so a
 * first run shows a real fleet.
 */
@Component
@ConditionalOnBooleanProperty("shelly-manager.demo")
class DemoFleet implements DisposableBean {

    static final String NETWORK = "demo";
    static final Credentials LOGIN = new Credentials("admin", "shelly-demo");
    private static final Logger log = LoggerFactory.getLogger(DemoFleet.class);

    private final NetworkService networks;
    private final DiscoveryService discovery;
    private final FleetCredentials fleetCredentials;
    private SimulatedFleet fleet;

    DemoFleet(NetworkService networks, DiscoveryService discovery, FleetCredentials fleetCredentials) {
        this.networks = networks;
        this.discovery = discovery;
        this.fleetCredentials = fleetCredentials;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        fleet = SimulatedFleet.start(DemoFleetSpec.spec(LOGIN.password()));
        fleetCredentials.set(LOGIN);
        List<String> targets = fleet.devices().stream().map(SimulatedDevice::address).toList();
        NetworkSpec spec = new NetworkSpec(NETWORK, targets, "PT10M", true);
        Network network = networks.list().stream().filter(n -> n.name().equals(NETWORK)).findFirst()
                .map(existing -> networks.update(existing.id(), spec))
                .orElseGet(() -> networks.create(spec));
        Job job = discovery.start(network, "demo");
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("""

                Demo mode: {} simulated Shelly devices on loopback, discovery job {} started.
                  Web UI:      http://localhost:{}/
                  API docs:    http://localhost:{}/swagger-ui.html
                  CLI:         bin/shelly-manager login --server http://localhost:{} --user demo
                """, fleet.devices().size(), job.id(), port, port, port);
    }

    @Override
    public void destroy() {
        if (fleet != null) {
            fleet.close();
        }
    }
}
