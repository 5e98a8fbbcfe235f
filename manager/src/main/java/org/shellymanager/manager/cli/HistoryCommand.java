package org.shellymanager.manager.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "history", description = "Shows a device's history: raw samples or 5-minute or hourly aggregates.")
final class HistoryCommand implements Callable<Integer> {

    private static final Table POINTS = new Table(List.of(Table.field("AT", "at"), Table.field("CHANNEL", "channel"),
            Table.field("METRIC", "metric"), Table.field("MIN", "min"), Table.field("AVG", "avg"),
            Table.field("MAX", "max"), Table.field("SUM", "sum"), Table.field("SAMPLES", "samples")));

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The device id, as 'devices list' shows it.")
    private String id;

    @Option(names = "--from", required = true, paramLabel = "INSTANT", description = "Start, e.g. 2026-01-01T00:00:00Z.")
    private Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "End (default: now).")
    private Instant to;

    @Option(names = "--resolution", defaultValue = "auto", description = "raw, 5m, 1h or auto (default: ${DEFAULT-VALUE}).")
    private String resolution;

    @Option(names = "--metric", description = "Only this metric (power, energy, voltage, temperature ...).")
    private String metric;

    @Option(names = "--channel", description = "Only this channel (switch:0, em:0:a, device ...).")
    private String channel;

    @Override
    public Integer call() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", from);
        query.put("to", to == null ? Instant.now() : to);
        query.put("resolution", resolution);
        query.put("metric", metric);
        query.put("channel", channel);
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode series = root.api().get(DevicesCommand.path(id) + "/history" + ApiClient.query(query));
        root.printer(spec).list(series, series.path("points").valueStream().toList(), POINTS,
                series.path("points").size() + " point(s) at resolution " + series.path("resolution").asString()
                        + (series.path("truncated").asBoolean() ? " (truncated)" : ""));
        return CommandLine.ExitCode.OK;
    }
}
