package org.shellymanager.bench.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shellymanager.bench.harness.ManagerApi;
import org.shellymanager.bench.harness.ManagerProcess;
import org.shellymanager.bench.harness.Scratch;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedDevice;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * How long discovery takes, end to end: the real server (the built jar, in its own process) scans loopback ranges
 * holding simulated devices, and records what it finds in its inventory. Each scenario gets a fresh server.
 *
 * <p>Arguments: {@code [path/to/shelly-manager.jar]} (default {@code manager/target/shelly-manager.jar}).
 */
public final class DiscoveryBenchmark {

    static final int DEVICE_PORT = 28080;
    static final int CONCURRENCY = 64;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final List<String> MODELS = List.of("SNSW-001P16EU", "SHSW-1", "S3SW-002P16EU", "SHPLG-S", "SPSW-004PE16EU");

    private DiscoveryBenchmark() {
    }

    /** One measured situation: a fleet, the range that covers it, and what the fleet does to unanswered probes. */
    record Scenario(String name, String target, FleetSpec fleet, int silent) {
    }

    /** One line of the result table. */
    record Row(String scenario, long addresses, long devices, Duration wall) {

        double perSecond() {
            return addresses / Math.max(0.001, wall.toMillis() / 1000.0);
        }
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args.length > 0 ? args[0] : "manager/target/shelly-manager.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no manager jar at " + jar + "; build it with ./mvnw -B -q -DskipTests package -pl manager -am");
        }
        List<Scenario> scenarios = List.of(slash20(),
                new Scenario("/24, nothing listening (refused)", "127.3.0.0/24:" + DEVICE_PORT, mixedFleet("127.3.0.1", 0), 0),
                new Scenario("/24, 20 devices, 234 silent", "127.2.0.0/24:" + DEVICE_PORT, mixedFleet("127.2.0.1", 254), 234));
        List<Row> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            rows.add(run(jar, scenario));
            System.err.println("done: " + scenario.name());
        }
        System.out.println(ResultTable.render(rows, CONCURRENCY, CONNECT_TIMEOUT, REQUEST_TIMEOUT));
    }

    /** A /20 with 1,000 devices on its first addresses; nothing listens on the rest. */
    static Scenario slash20() {
        return new Scenario("/20, 1,000 devices, rest refused", "127.1.0.0/20:" + DEVICE_PORT, mixedFleet("127.1.0.1", 1000), 0);
    }

    private static FleetSpec mixedFleet(String firstHost, int size) {
        FleetSpec.Builder fleet = FleetSpec.builder().host(firstHost).port(DEVICE_PORT);
        for (int i = 0; i < size; i++) {
            fleet.add(MODELS.get(i % MODELS.size()), 1);
        }
        return fleet.build();
    }

    static Row run(Path jar, Scenario scenario) throws IOException {
        Path settings = Scratch.file("shelly-bench", ".yaml");
        Files.writeString(settings, String.format(Locale.ROOT, """
                shelly-manager:
                  discovery:
                    concurrency: %d
                    connect-timeout: %dms
                    request-timeout: %dms
                """, CONCURRENCY, CONNECT_TIMEOUT.toMillis(), REQUEST_TIMEOUT.toMillis()));
        try (SimulatedFleet fleet = SimulatedFleet.start(scenario.fleet());
             ManagerProcess manager = ManagerProcess.start(jar, List.of("--config", settings.toString()))) {
            List<SimulatedDevice> devices = fleet.devices();
            devices.subList(devices.size() - scenario.silent(), devices.size()).forEach(d -> d.injectFault(new Fault.NoAnswer()));
            ManagerApi.ScanOutcome outcome = manager.api().scan(List.of(scenario.target()));
            if (!outcome.state().equals("SUCCEEDED")) {
                throw new IllegalStateException(scenario.name() + ": scan ended " + outcome.state() + ": " + outcome.summary());
            }
            return new Row(scenario.name(), outcome.addresses(), manager.api().deviceCount(), outcome.duration());
        }
    }
}
