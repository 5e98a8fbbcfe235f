package org.shellymanager.manager.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "set", description = "Changes what the inventory holds about a device; fields not given stay as they are.")
final class DeviceSetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The device id, as 'devices list' shows it.")
    private String id;

    @Option(names = "--name", paramLabel = "NAME", description = "Friendly name.")
    private String name;

    @Option(names = "--room", paramLabel = "ROOM", description = "Room or location.")
    private String room;

    @Option(names = "--tags", paramLabel = "TAG[,TAG...]", description = "Tags, replacing the current ones; '' removes all.")
    private String tags;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free-form notes.")
    private String notes;

    @Mixin
    private CredentialOptions credentials;

    @Option(names = "--clear-credentials", description = "Forget the device login the manager keeps for this device.")
    private boolean clearCredentials;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        root.printer(spec).object(root.api().patch(DevicesCommand.path(id), changes()));
        return CommandLine.ExitCode.OK;
    }

    /** The fields to change, as a JSON merge patch: absent stays, null clears. */
    Map<String, Object> changes() {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (name != null) {
            changes.put("name", name);
        }
        if (room != null) {
            changes.put("room", room);
        }
        if (tags != null) {
            changes.put("tags", tagList(tags));
        }
        if (notes != null) {
            changes.put("notes", notes);
        }
        Map<String, String> login = credentials.credentials();
        if (login != null && clearCredentials) {
            throw new CliInputException("give either a new login or --clear-credentials, not both");
        }
        if (login != null || clearCredentials) {
            changes.put("credentials", login);
        }
        if (changes.isEmpty()) {
            throw new CliInputException("nothing to change: give at least one of --name, --room, --tags, --notes,"
                    + " --password or --clear-credentials");
        }
        return changes;
    }

    private static List<String> tagList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }
}
