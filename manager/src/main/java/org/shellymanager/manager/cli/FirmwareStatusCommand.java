package org.shellymanager.manager.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "status", description = "Versions per model and devices behind; with --devices, one line per device.")
final class FirmwareStatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--devices", description = "List devices instead of models.")
    private boolean devices;

    @Option(names = "--model", paramLabel = "MODEL", description = "With --devices: only this model.")
    private String model;

    @Option(names = "--behind", description = "With --devices: only devices offered a newer stable version.")
    private boolean behind;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        if (devices) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("model", model);
            query.put("behind", behind ? true : null);
            query.put("size", 500);
            JsonNode found = root.api().get("/api/v1/firmware/devices" + ApiClient.query(query));
            List<JsonNode> rows = Printer.rows(found.path("items"));
            root.printer(spec).list(found, rows, FirmwareViews.DEVICES,
                    rows.size() + " of " + found.path("total").asLong() + " devices");
            return CommandLine.ExitCode.OK;
        }
        JsonNode status = root.api().get("/api/v1/firmware/status");
        List<JsonNode> rows = Printer.rows(status.path("models"));
        root.printer(spec).list(status, rows, FirmwareViews.MODELS, status.path("devices").asLong() + " devices, "
                + status.path("behind").asLong() + " behind, " + status.path("checked").asLong() + " checked");
        return CommandLine.ExitCode.OK;
    }
}
