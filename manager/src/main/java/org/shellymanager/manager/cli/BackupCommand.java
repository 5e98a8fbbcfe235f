package org.shellymanager.manager.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Makes a backup on the server and, with {@code -O}, downloads it. */
@Command(name = "backup", description = "Makes a backup (.sma archive, full unless --type says otherwise) in the server's backup folder and, with -O, "
        + "downloads it. Give a passphrase to encrypt it (and to carry device passwords over to another server).",
        subcommands = {BackupListCommand.class, BackupVerifyCommand.class})
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PassphraseOptions passphrase;

    enum Type { full, incremental, differential }

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "full", description = "full (every row), incremental "
            + "(rows changed since the previous archive) or differential (since the last full one); default: ${DEFAULT-VALUE}.")
    private Type type;

    @Option(names = {"-O", "--output-file"}, paramLabel = "FILE",
            description = "Also download the archive to FILE (replaced only once the whole archive has arrived).")
    private Path target;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("type", type.name().toUpperCase(Locale.ROOT));
        query.put("wait", false);
        JsonNode job = root.api().post("/api/v1/backups" + ApiClient.query(query), null,
                passphrase.header(root.environment(), true));
        Printer printer = root.printer(spec);
        Optional<JsonNode> finished = root.jobFollower(spec).followToSuccess(job.path("id").asString(), printer);
        if (finished.isEmpty()) {
            return CliErrorHandler.FAILED;
        }
        String name = finished.get().path("results").path(0).path("target").asString();
        JsonNode archive = root.api().get("/api/v1/backups").valueStream()
                .filter(stored -> name.equals(stored.path("name").asString()))
                .findFirst()
                .orElseThrow(() -> new ServerUnreachableException("job " + job.path("id").asString() + " wrote "
                        + name + ", but the server's backup folder no longer lists it"));
        FileTransfer.Download download = null;
        if (target != null) {
            FileTransfer transfer = root.fileTransfer(spec);
            download = transfer.toFile(transfer.get("/api/v1/backups/" + ApiClient.encode(name)), target, null);
        }
        if (!printer.isTable()) {
            printer.raw(archive);
        }
        printer.note("Backup " + name + " (" + archive.path("manifest").path("backupType").asString() + ", "
                + archive.path("bytes").asLong() + " bytes): "
                + BackupViews.manifest(archive.path("manifest")));
        if (download != null) {
            printer.note("Downloaded to " + target + " (" + download.bytes() + " bytes, SHA-256 " + download.sha256() + ")");
        }
        return CommandLine.ExitCode.OK;
    }
}
