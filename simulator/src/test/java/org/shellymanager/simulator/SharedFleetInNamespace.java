package org.shellymanager.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Run by {@link SharedListenersTest} in a network namespace of its own: starts a fleet on shared listeners, asks every
 * device who it is and prints what it saw as {@code key=value} lines.
 */
final class SharedFleetInNamespace {

    private SharedFleetInNamespace() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        FleetSpec spec = FleetSpec.builder().host("127.20.0.1").port(28080).sharedListeners(true)
                .add("SHSW-PM", count / 2).add("SNSW-001P16EU", count - count / 2).build();
        try (SimulatedFleet fleet = SimulatedFleet.start(spec)) {
            int answered = 0;
            int mismatched = 0;
            for (SimulatedDevice device : fleet.devices()) {
                String mac = TestHttp.json(TestHttp.get(device.address(), "/shelly")).path("mac").asString();
                answered++;
                mismatched += mac.equalsIgnoreCase(device.mac()) ? 0 : 1;
            }
            System.out.println("answered=" + answered);
            System.out.println("mismatched=" + mismatched);
            System.out.println("fds=" + openFiles());
            SimulatedDevice refusing = fleet.devices().get(1);
            refusing.injectFault(new Fault.Refused());
            System.out.println("refusedAnswered=" + answers(refusing));
            refusing.clearFaults();
            System.out.println("backAnswered=" + answers(refusing));
        }
    }

    private static boolean answers(SimulatedDevice device) {
        try {
            return TestHttp.get(device.address(), "/shelly").statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
