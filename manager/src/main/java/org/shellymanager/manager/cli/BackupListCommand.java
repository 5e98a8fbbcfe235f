package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "list", description = "Lists the archives in the server's backup folder, newest first.")
final class BackupListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode archives = root.api().get("/api/v1/backups");
        root.printer(spec).list(archives, Printer.rows(archives), BackupViews.ARCHIVES, archives.size() + " archives");
        return CommandLine.ExitCode.OK;
    }
}
