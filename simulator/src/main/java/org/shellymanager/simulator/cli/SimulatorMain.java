package org.shellymanager.simulator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.Inventory;
import org.shellymanager.simulator.SimulatedFleet;

/** {@code shelly-simulator --fleet FILE [--inventory-out FILE]}: runs a fleet until interrupted. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        Path fleetFile = null;
        Path inventoryOut = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fleet" -> fleetFile = Path.of(value(args, ++i));
                case "--inventory-out" -> inventoryOut = Path.of(value(args, ++i));
                case "--help", "-h" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (fleetFile == null) {
            usage();
            System.exit(2);
        }
        long started = System.nanoTime();
        SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.load(fleetFile));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (inventoryOut != null) {
            Path parent = inventoryOut.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(inventoryOut, Inventory.json(fleet));
        }
        System.out.printf("%d simulated devices listening (started in %d ms). Ctrl-C stops them.%n",
                fleet.devices().size(), millis);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fleet.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            System.err.println(args[index - 1] + " needs a value");
            System.exit(2);
        }
        return args[index];
    }

    private static void usage() {
        System.err.println("usage: shelly-simulator --fleet FILE [--inventory-out FILE]");
    }
}
