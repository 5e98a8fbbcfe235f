package org.shellymanager.manager.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Sends a local archive to the server to be checked, changing nothing. */
@Command(name = "verify", description = "Checks a local .sma archive: every checksum and, with its passphrase (or for a "
        + "plain archive), every row. Nothing is restored.")
final class BackupVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", description = "The .sma archive.")
    private Path archive;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        JsonNode report = root.fileTransfer(spec).upload("POST", "/api/v1/backups/verify", archive,
                passphrase.header(root.environment(), false));
        root.printer(spec).list(report, BackupViews.rows(report), BackupViews.ROWS, archive + " is intact: "
                + BackupViews.manifest(report.path("manifest")) + "; " + BackupViews.totalRows(report) + " rows readable");
        return CommandLine.ExitCode.OK;
    }
}
