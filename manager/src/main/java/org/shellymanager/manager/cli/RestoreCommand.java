package org.shellymanager.manager.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Restores a local archive into the server's empty database, after a confirmation. */
@Command(name = "restore", description = "Restores a .sma archive into the server's database, which must hold no "
        + "fleet data (a fresh server, or one on a new PostgreSQL or MariaDB database; its own accounts, tokens and audit "
        + "entries do not count, and the archive's accounts replace its accounts). Every checksum is verified first; the "
        + "restore completes or changes nothing.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The .sma archive, or with --stored the name of one on "
            + "the server. Several files are a chain, oldest first (the full backup, then its incremental or differential "
            + "archives): each is stored in the server's backup folder, then the chain is restored by its last one.")
    private List<String> archives;

    /** The archive named last: the one restored (with its chain). */
    private String archive;

    @Option(names = "--stored", description = "Restore the archive of that name in the server's backup folder, with "
            + "the full backup its chain starts with and every archive in between.")
    private boolean stored;

    @Option(names = "--dry-run", description = "Check the archive and count what would be restored; write nothing.")
    private boolean dryRun;

    @Option(names = "--section", paramLabel = "NAME", split = ",",
            description = "Restore only these sections (names as 'backup verify' lists them); repeat or separate with commas.")
    private List<String> sections = List.of();

    @Option(names = {"-y", "--yes"}, description = "Restore without asking for confirmation.")
    private boolean yes;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, String> header = passphrase.header(root.environment(), false);
        if (!dryRun && !yes && !confirmed(root)) {
            spec.commandLine().getErr().println("Nothing restored.");
            return CommandLine.ExitCode.SOFTWARE;
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("dryRun", dryRun);
        query.put("sections", sections.isEmpty() ? null : String.join(",", sections));
        Printer printer = root.printer(spec);
        archive = archives.getLast();
        if (stored && archives.size() > 1) {
            throw new CliInputException("--stored restores one archive by name (the last of its chain); give only that name");
        }
        if (stored) {
            query.put("wait", false);
            JsonNode job = root.api().post("/api/v1/backups/" + ApiClient.encode(archive) + "/restore" + ApiClient.query(query),
                    null, header);
            String jobId = job.path("id").asString();
            Optional<JsonNode> finished;
            try {
                finished = root.jobFollower(spec).followToSuccess(jobId, printer);
            } catch (ApiProblemException e) {
                if (dryRun || !"auth.token-invalid".equals(e.code())) {
                    throw e;
                }
                return tokenReplaced(printer, jobId);
            }
            if (finished.isEmpty()) {
                return CliErrorHandler.FAILED;
            }
            List<JsonNode> rows = BackupViews.rowsOfJob(finished.get());
            printer.list(finished.get(), rows, BackupViews.ROWS, done(BackupViews.totalRows(rows)));
        } else {
            JsonNode report;
            if (archives.size() > 1) {
                for (String file : archives) {
                    root.fileTransfer(spec).upload("PUT", "/api/v1/backups/" + ApiClient.encode(Path.of(file).getFileName()
                            .toString()), Path.of(file), Map.of());
                }
                archive = Path.of(archive).getFileName().toString();
                report = root.fileTransfer(spec).postAndWait("/api/v1/backups/" + ApiClient.encode(archive) + "/restore"
                        + ApiClient.query(query), header);
            } else {
                report = root.fileTransfer(spec).upload("POST", "/api/v1/restore" + ApiClient.query(query), Path.of(archive), header);
            }
            printer.list(report, BackupViews.rows(report), BackupViews.ROWS, done(BackupViews.totalRows(report)));
            if (report.path("accountsReplaced").asBoolean()) {
                spec.commandLine().getErr().println("The archive's accounts and API tokens replaced this server's: sign in "
                        + "again with an account of the archive (shelly-manager login); the token used for the restore no longer works.");
            }
        }
        return CommandLine.ExitCode.OK;
    }

    /**
     * The server no longer has the token that started the restore job ({@code auth.token-invalid}; one that expired
     * or was revoked meanwhile is {@code auth.token-inactive}). During a restore, tokens are deleted only by the
     * restore's transaction, and the job is marked finished only after that transaction has committed, so the
     * refusal means the restore succeeded with the archive's accounts in place of the server's.
     */
    private int tokenReplaced(Printer printer, String jobId) {
        if (printer.isTable()) {
            printer.note("Restored " + archive + " (job " + jobId + "); the archive's accounts and API tokens replaced "
                    + "this server's.");
        } else {
            printer.raw(JsonNodeFactory.instance.objectNode().put("job", jobId).put("archive", archive)
                    .put("accountsReplaced", true));
        }
        spec.commandLine().getErr().println("The token used for the restore no longer exists on this server: sign in with "
                + "an account of the archive (shelly-manager login --user NAME mints and saves a new token), then "
                + "'shelly-manager jobs show " + jobId + "' shows the rows restored.");
        return CommandLine.ExitCode.OK;
    }

    private String done(long rows) {
        String what = rows + " rows of " + (sections.isEmpty() ? "every section" : "sections " + sections);
        return dryRun ? "Dry run: " + archive + " is intact and would restore " + what + "; nothing was written"
                : "Restored " + what + " from " + archive;
    }

    private boolean confirmed(ShellyManagerCommand root) {
        Console console = System.console();
        if (!root.environment().terminal() || console == null) {
            throw new CliInputException("a restore writes the archive into the server's database; confirm with --yes "
                    + "(or check it first with --dry-run)");
        }
        String answer = console.readLine("Restore %s into the server at %s? [y/N] ", String.join(", ", archives),
                root.settings().server());
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }
}
