package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "forget", description = "Removes a device from the inventory; the device itself is not touched.")
final class DeviceForgetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The device id, as 'devices list' shows it.")
    private String id;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        root.api().delete(DevicesCommand.path(id));
        root.printer(spec).note("Forgot device " + id + ".");
        return CommandLine.ExitCode.OK;
    }
}
