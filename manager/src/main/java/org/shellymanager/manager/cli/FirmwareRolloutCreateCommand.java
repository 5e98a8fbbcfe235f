package org.shellymanager.manager.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "create", description = "Starts a staged rollout (or, with --plan, shows its waves without starting it).")
final class FirmwareRolloutCreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Option(names = "--stable", description = "The stable version each device's own update check offers.")
        boolean stable;

        @Option(names = "--beta", description = "The beta version each device's own update check offers.")
        boolean beta;

        @Option(names = "--file", paramLabel = "FILE_ID", description = "A cached firmware file (its model's devices only).")
        String file;
    }

    @Option(names = "--model", paramLabel = "MODEL", description = "Only devices of this model.")
    private String model;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only devices with this tag.")
    private String tag;

    @Option(names = "--room", paramLabel = "ROOM", description = "Only devices in this room.")
    private String room;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only devices whose name, address, model ... contain this.")
    private String text;

    @Option(names = "--device", paramLabel = "ID", description = "Only these devices (repeatable).")
    private List<String> devices;

    @Option(names = "--waves", paramLabel = "STEPS", defaultValue = "1,10%,rest",
            description = "Wave sizes: counts, shares and 'rest' (default: ${DEFAULT-VALUE}).")
    private String waves;

    @Option(names = "--concurrency", paramLabel = "N", description = "Devices updated at once (default: 4).")
    private Integer concurrency;

    @Option(names = "--max-failures", paramLabel = "PERCENT",
            description = "Halt once more than this share of a wave failed (default: 20).")
    private Integer maxFailures;

    @Option(names = "--verify-timeout", paramLabel = "ISO", description = "Time for each device to come back, e.g. PT5M.")
    private String verifyTimeout;

    @Option(names = "--name", paramLabel = "NAME", description = "A name for the rollout.")
    private String name;

    @Option(names = "--plan", description = "Only show the waves and devices; start nothing.")
    private boolean plan;

    @Option(names = "--wait", description = "Follow with a progress bar until it completes, pauses or halts.")
    private boolean wait;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("model", model);
        selector.put("tag", tag);
        selector.put("room", room);
        selector.put("text", text);
        selector.put("deviceIds", devices);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name);
        request.put("devices", selector);
        request.put("channel", target.stable ? "stable" : target.beta ? "beta" : null);
        request.put("fileId", target.file);
        request.put("waves", Arrays.stream(waves.split(",")).map(String::strip).toList());
        request.put("concurrency", concurrency);
        request.put("maxFailurePercent", maxFailures);
        request.put("verifyTimeout", verifyTimeout);
        if (plan) {
            JsonNode preview = root.api().post("/api/v1/firmware/rollouts/plan", request);
            root.printer(spec).raw(preview);
            return CommandLine.ExitCode.OK;
        }
        JsonNode rollout = root.api().post("/api/v1/firmware/rollouts", request);
        String id = rollout.path("id").asString();
        if (wait) {
            rollout = FirmwareRolloutCommand.follow(root, spec, id);
        }
        FirmwareViews.print(root.printer(spec), rollout);
        return FirmwareRolloutShowCommand.exitCode(rollout);
    }
}
