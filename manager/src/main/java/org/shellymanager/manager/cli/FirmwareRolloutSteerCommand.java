package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Pause, resume and cancel: the same call with another verb. */
abstract class FirmwareRolloutSteerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rollout id.")
    private String id;

    abstract String verb();

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode rollout = root.api().post(FirmwareRolloutCommand.path(id) + "/" + verb(), java.util.Map.of());
        FirmwareViews.print(root.printer(spec), rollout);
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "pause", description = "Starts no further device until resumed (devices updating now finish).")
    static final class Pause extends FirmwareRolloutSteerCommand {
        @Override
        String verb() {
            return "pause";
        }
    }

    @Command(name = "resume", description = "Goes on with a paused or halted rollout.")
    static final class Resume extends FirmwareRolloutSteerCommand {
        @Override
        String verb() {
            return "resume";
        }
    }

    @Command(name = "cancel", description = "Ends the rollout; devices not yet updated are recorded as cancelled.")
    static final class Cancel extends FirmwareRolloutSteerCommand {
        @Override
        String verb() {
            return "cancel";
        }
    }
}
