package org.shellymanager.bench.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as a Markdown table, with the machine and settings they were measured with. */
final class ResultTable {

    private ResultTable() {
    }

    static String render(List<DiscoveryBenchmark.Row> rows, int concurrency, Duration connect, Duration request) {
        StringBuilder text = new StringBuilder();
        text.append("| scenario | addresses | devices found | wall time | addresses/s |\n");
        text.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (DiscoveryBenchmark.Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f s | %,.0f |%n", row.scenario(), row.addresses(),
                    row.devices(), row.wall().toMillis() / 1000.0, row.perSecond()));
        }
        Runtime runtime = Runtime.getRuntime();
        text.append(String.format(Locale.ROOT, "%nMachine: %d cores, %s %s (%s), %s %s; benchmark JVM max heap %d MiB.%n",
                runtime.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"),
                runtime.maxMemory() / (1024 * 1024)));
        text.append(String.format(Locale.ROOT, "Scan settings: concurrency %d, connect timeout %d ms, request timeout %d ms.%n",
                concurrency, connect.toMillis(), request.toMillis()));
        return text.toString();
    }
}
