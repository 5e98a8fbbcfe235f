package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cancel", description = "Asks the server to stop a queued or running job.")
final class JobCancelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The job id.")
    private String id;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JobViews.print(root.printer(spec), root.api().post(JobsCommand.path(id) + "/cancel", null));
        return CommandLine.ExitCode.OK;
    }
}
