package org.shellymanager.manager.cli;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Staged firmware rollouts. */
@Command(name = "rollout", description = "Creates, follows and steers staged firmware rollouts.",
        subcommands = {FirmwareRolloutCreateCommand.class, FirmwareRolloutListCommand.class, FirmwareRolloutShowCommand.class,
                FirmwareRolloutSteerCommand.Pause.class, FirmwareRolloutSteerCommand.Resume.class,
                FirmwareRolloutSteerCommand.Cancel.class})
final class FirmwareRolloutCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Set<String> MOVING = Set.of("RUNNING");

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: create, list, show, pause, resume or cancel");
    }

    static String path(String id) {
        return "/api/v1/firmware/rollouts/" + ApiClient.encode(id);
    }

    /**
     * Shows a progress bar until the rollout stops moving: completed, cancelled, paused, or halted at its failure
     * threshold (its job then still runs, waiting to be resumed).
     */
    static JsonNode follow(ShellyManagerCommand root, CommandSpec spec, String id) {
        ProgressBar bar = root.progressBar(spec);
        JsonNode rollout = root.api().get(path(id));
        try {
            while (MOVING.contains(rollout.path("state").asString())) {
                show(bar, rollout);
                Thread.sleep(POLL);
                rollout = root.api().get(path(id));
            }
            show(bar, rollout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliInputException("stopped following rollout " + id + "; it goes on running on the server");
        } finally {
            bar.finish();
        }
        return rollout;
    }

    private static void show(ProgressBar bar, JsonNode rollout) {
        bar.update("wave " + rollout.path("currentWave").asInt() + "/" + rollout.path("waveCount").asInt() + " "
                + rollout.path("state").asString(), rollout.path("progress").path("done").asLong(),
                rollout.path("progress").path("total").asLong());
    }
}
