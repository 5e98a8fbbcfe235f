package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Firmware: versions across the fleet, update checks, the LAN cache and staged rollouts. */
@Command(name = "firmware", description = "Shows firmware versions, checks for updates and runs staged rollouts.",
        subcommands = {FirmwareStatusCommand.class, FirmwareCheckCommand.class, FirmwareImportCommand.class, FirmwareUploadCommand.class,
                FirmwareRolloutCommand.class})
final class FirmwareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: status, check, import, upload or rollout");
    }
}
