package org.shellymanager.manager.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Adds the device at an address: the server identifies it and records it.")
final class DeviceAddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS", description = "host, host:port or [IPv6]:port of the device.")
    private String address;

    @Mixin
    private CredentialOptions credentials;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        Map<String, String> login = credentials.credentials();
        if (login != null) {
            body.put("credentials", login);
        }
        root.printer(spec).object(root.api().post("/api/v1/devices", body));
        return CommandLine.ExitCode.OK;
    }
}
