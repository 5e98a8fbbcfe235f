package org.shellymanager.simulator;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Measures a large fleet once (start time, heap per idle device, threads); run by hand, figures go into
 * simulator/README.md. Not a test: speed is never asserted.
 * Usage: java -cp ... org.shellymanager.simulator.ScaleProbe simulator/fleets/bench-5000.yaml
 */
final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        FleetSpec spec = FleetSpec.load(Path.of(args[0]));
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        SimulatedFleet fleet = SimulatedFleet.start(spec);
        long startMs = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = usedHeapAfterGc();
        int answered = 0;
        for (SimulatedDevice device : fleet.devices().subList(0, Math.min(200, fleet.devices().size()))) {
            answered += TestHttp.get(device.address(), "/shelly").statusCode() == 200 ? 1 : 0;
        }
        System.out.printf("devices=%d startMs=%d heapPerDeviceKiB=%.1f platformThreads=%d answeredSample=%d%n",
                fleet.devices().size(), startMs, (heapAfter - heapBefore) / 1024.0 / fleet.devices().size(),
                ManagementFactory.getThreadMXBean().getThreadCount(), answered);
        fleet.close();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
