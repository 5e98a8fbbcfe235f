package org.shellymanager.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.shellymanager.bench.harness.FleetSession;
import org.shellymanager.bench.harness.ManagerProcess;

/**
 * What every scenario gets: the server jar, the size of the run, and the shared fleet (the simulated fleet of
 * {@link Scale#fleet()} devices with a polling manager that has discovered it), started on first use so that the
 * polling, API, export and sync scenarios measure one inventory without discovering it four times.
 */
public final class BenchContext implements AutoCloseable {

    /** The steady state every scenario on the shared fleet starts from: the server's defaults, polling at 30 s. */
    public static final List<String> STEADY = List.of("shelly-manager.telemetry.interval=30s");

    private final Path jar;
    private final Scale scale;
    private FleetSession shared;

    public BenchContext(Path jar, Scale scale) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no manager jar at " + jar
                    + "; build it with ./mvnw -B -q -DskipTests install -pl device,simulator,manager,bench");
        }
        this.jar = jar;
        this.scale = scale;
        try {
            ManagerProcess.prepare(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the launcher", e);
        }
    }

    public Path jar() {
        return jar;
    }

    public Scale scale() {
        return scale;
    }

    /** The shared fleet, polled with the {@link #STEADY} settings (restarted with them if a scenario changed them). */
    public FleetSession fleet() throws IOException {
        if (shared == null) {
            shared = FleetSession.start(jar, scale.fleet(), 20, STEADY);
        }
        return shared;
    }

    /**
     * Stops the shared fleet and its manager (polling 10,000 devices in the background) for a scenario that measures
     * servers or a fleet of its own and needs the machine to itself. A later {@link #fleet()} starts it again.
     */
    public void stopFleet() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    @Override
    public void close() {
        stopFleet();
    }
}
