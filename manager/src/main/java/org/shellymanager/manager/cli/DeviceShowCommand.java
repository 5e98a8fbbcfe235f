package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Shows everything the inventory knows about one device.")
final class DeviceShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The device id, as 'devices list' shows it.")
    private String id;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        root.printer(spec).object(root.api().get(DevicesCommand.path(id)));
        return CommandLine.ExitCode.OK;
    }
}
