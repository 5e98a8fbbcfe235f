package org.shellymanager.manager.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "list", description = "Lists jobs, newest first.")
final class JobListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only jobs of this kind, such as DISCOVERY.")
    private String kind;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only jobs in this state: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED or INTERRUPTED.")
    private String state;

    @Option(names = "--page", paramLabel = "N", defaultValue = "0", description = "Page number, from 0 (default: 0).")
    private int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "50", description = "Jobs per page (default: 50).")
    private int size;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("kind", kind);
        query.put("state", state == null ? null : state.toUpperCase(Locale.ROOT));
        query.put("page", page);
        query.put("size", size);
        JsonNode found = root.api().get("/api/v1/jobs" + ApiClient.query(query));
        List<JsonNode> items = new ArrayList<>();
        found.path("items").forEach(items::add);
        root.printer(spec).list(found, items, JobViews.LIST, items.size() + " of " + found.path("total").asLong() + " jobs");
        return CommandLine.ExitCode.OK;
    }
}
