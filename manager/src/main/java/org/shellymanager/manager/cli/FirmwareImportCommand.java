package org.shellymanager.manager.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "import", description = "Adds the files a server-side folder's firmware.json lists to the LAN cache.")
final class FirmwareImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "A folder under the server's shelly-manager.firmware.import-dir.")
    private String folder;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode outcomes = root.api().post("/api/v1/firmware/files/import", Map.of("folder", folder));
        List<JsonNode> rows = Printer.rows(outcomes);
        long refused = rows.stream().filter(r -> !r.path("outcome").asString().equals("ADDED")).count();
        root.printer(spec).list(outcomes, rows, FirmwareViews.IMPORTS, (rows.size() - refused) + " added, " + refused + " refused");
        return refused > 0 ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
