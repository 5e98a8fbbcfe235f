package org.shellymanager.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;

/**
 * A simulated fleet on loopback addresses and a manager process whose inventory holds it, found by discovery scans
 * (the path a user takes). The manager can be restarted with other settings on the same data directory.
 */
public final class FleetSession implements AutoCloseable {

    public static final int DEVICE_PORT = 28180;
    /**
     * The port of a fleet on shared listeners, which bind it on every address: not {@link #DEVICE_PORT}, on which
     * a fleet of an earlier scenario in the same run listened address by address, and which a wildcard bind was
     * refused ("Address already in use") after that fleet had stopped.
     */
    private static final int SHARED_PORT = DEVICE_PORT + 1;
    /** On a busy machine a probe can time out; a scan again adds what the previous one missed. */
    private static final int SCANS = 3;
    /** Five models over three generations, in turn. */
    public static final List<String> MODELS = List.of("SNSW-001P16EU", "SHSW-PM", "S3SW-002P16EU", "SHPLG-S", "SPSW-004PE16EU");

    private final Path jar;
    private final SimulatedFleet fleet;
    private final Path dataDir;
    private ManagerProcess manager;

    private FleetSession(Path jar, SimulatedFleet fleet, Path dataDir) {
        this.jar = jar;
        this.fleet = fleet;
        this.dataDir = dataDir;
    }

    /**
     * Starts {@code devices} simulated devices from {@code 127.<net>.0.1} on and a manager that has discovered them.
     *
     * @param settings server settings as {@code key=value}, such as {@code shelly-manager.telemetry.interval=30s}
     */
    public static FleetSession start(Path jar, int devices, int net, List<String> settings) throws IOException {
        return start(jar, devices, net, settings, false, List.of());
    }

    /**
     * As {@link #start(Path, int, int, List)}, the fleet on shared listeners if asked (only in a network namespace
     * whose interfaces are all loopback) and the manager with extra JVM options, such as a larger heap.
     */
    public static FleetSession start(Path jar, int devices, int net, List<String> settings, boolean sharedListeners,
            List<String> jvmOptions) throws IOException {
        int port = sharedListeners ? SHARED_PORT : DEVICE_PORT;
        FleetSpec.Builder spec = FleetSpec.builder().host("127." + net + ".0.1").port(port).sharedListeners(sharedListeners);
        for (int i = 0; i < devices; i++) {
            spec.add(MODELS.get(i % MODELS.size()), 1);
        }
        SimulatedFleet fleet = SimulatedFleet.start(spec.build());
        FleetSession session = new FleetSession(jar, fleet, Scratch.directory("shelly-bench-fleet"));
        try {
            List<String> options = new ArrayList<>(jvmOptions);
            options.addAll(systemProperties(settings));
            session.manager = ManagerProcess.start(jar, session.dataDir, options, List.of());
            int prefix = 32 - (32 - Integer.numberOfLeadingZeros(devices + 1));
            String range = "127." + net + ".0.0/" + prefix + ":" + port;
            long found = 0;
            for (int scan = 0; scan < SCANS && found < devices; scan++) {
                session.manager.api().scan(List.of(range));
                found = session.manager.api().deviceCount();
            }
            if (found != devices) {
                throw new IllegalStateException("discovery found " + found + " of " + devices + " devices in " + SCANS + " scans");
            }
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Settings as JVM system properties (the {@code serve} command takes no free-form settings). Discovery scans
     * 256 addresses at once and one scan may cover the whole fleet; the API rate limit per token (default 1,200 a
     * minute) is raised, since the benchmark's one token sends 200 requests a second.
     */
    public static List<String> systemProperties(List<String> settings) {
        List<String> all = new ArrayList<>(List.of("-Dshelly-manager.discovery.concurrency=256",
                "-Dshelly-manager.discovery.max-scan-size=1048576", "-Dshelly-manager.security.api-requests-per-minute=1000000"));
        settings.forEach(setting -> all.add("-D" + setting));
        return all;
    }

    /** Stops the manager and starts it again on the same data directory with other settings. */
    public ManagerProcess restart(List<String> settings) throws IOException {
        manager.close();
        manager = null;
        manager = ManagerProcess.start(jar, dataDir, systemProperties(settings), List.of());
        return manager;
    }

    /** The manager's data directory (its SQLite database). */
    public Path dataDir() {
        return dataDir;
    }

    public SimulatedFleet fleet() {
        return fleet;
    }

    public ManagerProcess manager() {
        return manager;
    }

    @Override
    public void close() {
        if (manager != null) {
            manager.close();
        }
        fleet.close();
    }
}
