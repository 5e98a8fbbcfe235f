package org.shellymanager.manager.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "list", description = "Lists rollouts, newest first.")
final class FirmwareRolloutListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode found = root.api().get("/api/v1/firmware/rollouts");
        List<JsonNode> rows = Printer.rows(found);
        root.printer(spec).list(found, rows, FirmwareViews.ROLLOUTS, rows.size() + " rollouts");
        return CommandLine.ExitCode.OK;
    }
}
