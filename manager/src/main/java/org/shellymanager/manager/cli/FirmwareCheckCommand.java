package org.shellymanager.manager.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "check", description = "Asks devices which firmware they are offered (a job).")
final class FirmwareCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", description = "Only devices of this model.")
    private String model;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only devices with this tag.")
    private String tag;

    @Option(names = "--wait", description = "Follow the check with a progress bar until it finishes.")
    private boolean wait;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("model", model);
        selector.put("tag", tag);
        JsonNode job = root.api().post("/api/v1/firmware/checks", selector);
        if (wait) {
            job = root.jobFollower(spec).follow(job.path("id").asString());
        }
        JobViews.print(root.printer(spec), job);
        return JobViews.finished(job) && !JobViews.succeeded(job) ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
