package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "show", description = "Shows a rollout with every device's outcome.")
final class FirmwareRolloutShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rollout id (also its job id).")
    private String id;

    @Option(names = "--wait", description = "Follow with a progress bar until it completes, pauses or halts.")
    private boolean wait;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode rollout = wait ? FirmwareRolloutCommand.follow(root, spec, id) : root.api().get(FirmwareRolloutCommand.path(id));
        FirmwareViews.print(root.printer(spec), rollout);
        return exitCode(rollout);
    }

    /** 1 when the rollout halted or has failed devices, so that scripts notice. */
    static int exitCode(JsonNode rollout) {
        boolean bad = rollout.path("state").asString().equals("HALTED") || rollout.path("outcomes").path("FAILED").asInt() > 0;
        return bad ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
