package org.shellymanager.device.crosscheck;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;
import org.shellymanager.simulator.model.ModelCatalog;

/** A running fleet with one simulated device per {@link SimulatedCase}, and the library to talk to it. */
final class SimulatedCaseFleet implements AutoCloseable {

    /** What a firmware update installs, per generation: a version newer than every model's own. */
    static final String NEW_GEN1_VERSION = "1.14.9";
    static final String NEW_RPC_VERSION = "2.1.0";

    private final SimulatedFleet fleet;
    private final Map<SimulatedCase, SimulatedDevice> devices = new LinkedHashMap<>();
    private final ShellyDevices library;
    private final AdvancingClock clock = new AdvancingClock();

    private SimulatedCaseFleet(List<SimulatedCase> cases) {
        FleetSpec.Builder spec = FleetSpec.builder().clock(clock).updateOffline(Duration.ofMillis(120))
                .rebootOffline(Duration.ofMillis(100));
        ModelCatalog.builtIn().all().forEach(model -> spec.stableFirmware(model.model(), model.gen() == 1
                ? "20231107-164738/v" + NEW_GEN1_VERSION + "-gc0ffee1"
                : "20250101-000000/" + NEW_RPC_VERSION + "-gc0ffee1"));
        for (SimulatedCase c : cases) {
            spec.add(c.model(), 1, d -> {
                d.profile(c.profile()).password(c.password());
                if (c.login().firmware() != null) {
                    d.firmware(c.login().firmware());
                }
            });
        }
        this.fleet = SimulatedFleet.start(spec.build());
        for (int i = 0; i < cases.size(); i++) {
            devices.put(cases.get(i), fleet.devices().get(i));
        }
        this.library = ShellyDevices.create(ClientOptions.defaults().withRetryBackoff(Duration.ofMillis(50)));
    }

    static SimulatedCaseFleet start(List<SimulatedCase> cases) {
        return new SimulatedCaseFleet(cases);
    }

    SimulatedDevice device(SimulatedCase c) {
        return devices.get(c);
    }

    DeviceAddress address(SimulatedCase c) {
        return DeviceAddress.parse(device(c).address());
    }

    /** Moves every device's clock forward (covers travel, energy grows). */
    void advance(Duration duration) {
        clock.advance(duration);
    }

    ShellyDevices library() {
        return library;
    }

    /** A client logged in with the case's credentials (none for open devices). */
    ShellyClient connect(SimulatedCase c) {
        return connect(c, c.password());
    }

    ShellyClient connect(SimulatedCase c, String passwordOrNull) {
        Credentials credentials = passwordOrNull == null ? null : new Credentials(device(c).user(), passwordOrNull);
        return library.connect(address(c), credentials);
    }

    @Override
    public void close() {
        library.close();
        fleet.close();
    }
}
