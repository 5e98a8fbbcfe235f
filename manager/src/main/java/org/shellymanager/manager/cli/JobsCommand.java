package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Long work on the server: discovery scans now, later config syncs, firmware rollouts and backups. */
@Command(name = "jobs", description = "Lists the server's jobs and shows their progress and results.",
        subcommands = {JobListCommand.class, JobShowCommand.class, JobCancelCommand.class})
final class JobsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, show or cancel");
    }

    static String path(String id) {
        return "/api/v1/jobs/" + ApiClient.encode(id);
    }
}
