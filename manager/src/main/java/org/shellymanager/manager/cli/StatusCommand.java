package org.shellymanager.manager.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "status", description = "Shows the latest status of one device: state, last report and every reading.")
final class StatusCommand implements Callable<Integer> {

    private static final Table READINGS = new Table(List.of(Table.field("CHANNEL", "channel"),
            Table.field("METRIC", "metric"), Table.field("VALUE", "value")));

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The device id, as 'devices list' shows it.")
    private String id;

    @Option(names = "--refresh", description = "Poll the device now instead of showing the last poll.")
    private boolean refresh;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        String path = DevicesCommand.path(id) + "/status";
        JsonNode status = refresh ? root.api().post(path + "/refresh", null) : root.api().get(path);
        Printer printer = root.printer(spec);
        if (!printer.isTable()) {
            printer.raw(status);
            return CommandLine.ExitCode.OK;
        }
        ObjectNode summary = (ObjectNode) status.deepCopy();
        summary.remove("readings");
        printer.object(summary);
        printer.list(status, status.path("readings").valueStream().toList(), READINGS,
                status.path("readings").size() + " reading(s)");
        return CommandLine.ExitCode.OK;
    }
}
