package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "show", description = "Shows a job's state, progress and results.")
final class JobShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The job id.")
    private String id;

    @Option(names = "--wait", description = "Follow the job with a progress bar until it finishes.")
    private boolean wait;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode job = wait ? root.jobFollower(spec).follow(id) : root.api().get(JobsCommand.path(id));
        JobViews.print(root.printer(spec), job);
        return CommandLine.ExitCode.OK;
    }
}
