package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The device inventory. */
@Command(name = "devices", description = "Lists and changes the devices in the inventory.",
        subcommands = {DeviceListCommand.class, DeviceShowCommand.class, DeviceAddCommand.class, DeviceSetCommand.class,
                DeviceForgetCommand.class})
final class DevicesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, show, add, set or forget");
    }

    /** The API path of one device. */
    static String path(String id) {
        return "/api/v1/devices/" + ApiClient.encode(id);
    }
}
