package org.shellymanager.manager.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Has the server check a local archive, or with {@code --stored} one it keeps, changing nothing. */
@Command(name = "verify", description = "Checks a local .sma archive, or with --stored one in the server's backup folder "
        + "together with the archives its chain is made of: every checksum and, with its passphrase (or for a plain "
        + "archive), every row. Nothing is restored.")
final class BackupVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", description = "The .sma archive, or with --stored the name of one on the server.")
    private String archive;

    @Option(names = "--stored", description = "Check the archive of that name in the server's backup folder, with the "
            + "full backup its chain starts with and every archive in between.")
    private boolean stored;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, String> header = passphrase.header(root.environment(), false);
        FileTransfer transfer = root.fileTransfer(spec);
        JsonNode report = stored
                ? transfer.postAndWait("/api/v1/backups/" + ApiClient.encode(archive) + "/verify", header)
                : transfer.upload("POST", "/api/v1/backups/verify", Path.of(archive), header);
        root.printer(spec).list(report, BackupViews.rows(report), BackupViews.ROWS, archive + " is intact: "
                + BackupViews.manifest(report.path("manifest")) + "; " + BackupViews.totalRows(report) + " rows readable");
        return CommandLine.ExitCode.OK;
    }
}
