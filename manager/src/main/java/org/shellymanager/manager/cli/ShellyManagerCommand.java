package org.shellymanager.manager.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.shellymanager.manager.platform.HttpClientBuffers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code shelly-manager} command, the jar's entry point: {@code serve} runs the server, every other command is a
 * client of a running server's REST API.
 */
@Command(name = "shelly-manager", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Finds, lists and manages the Shelly devices on your networks.%n"
                + "'serve' runs the server; the other commands talk to a running server over its REST API.",
        subcommands = {ServeCommand.class, DiscoverCommand.class, DevicesCommand.class, JobsCommand.class, ConfigCommand.class, TemplatesCommand.class,
                CompletionCommand.class, FirmwareCommand.class, LoginCommand.class, TokensCommand.class, UsersCommand.class, KeysCommand.class, StatusCommand.class, ControlCommand.class, HistoryCommand.class,
                ExportCommand.class, ImportCommand.class, BackupCommand.class, RestoreCommand.class},
        footer = {"", "Exit status: 0 done, 1 the server refused or the job failed, 2 bad usage, "
                + "3 server unreachable or a transfer broke off."})
public final class ShellyManagerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Server URL (else $SHELLY_MANAGER_URL, else 'server:' in ~/.config/shelly-manager/cli.yaml, "
                    + "else " + ClientSettings.DEFAULT_SERVER + ").")
    private String server;

    @Option(names = "--token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
            description = "API token (else $SHELLY_MANAGER_TOKEN, else 'token:' in the config file).")
    private String token;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat output;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress bars or progress lines on standard error.")
    private boolean quiet;

    private final CliEnvironment environment;
    private final JsonMapper json = JsonMapper.builder().build();

    ShellyManagerCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        HttpClientBuffers.sizeForDeviceReplies();
        CommandLine cli = commandLine(CliEnvironment.system());
        int status = cli.execute(args);
        if (status != 0 || !ServeCommand.isServing(cli)) {
            System.exit(status);
        }
    }

    static CommandLine commandLine(CliEnvironment environment) {
        return new CommandLine(new ShellyManagerCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CliErrorHandler());
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** The top-level command of the command being run, which holds the options every command shares. */
    static ShellyManagerCommand of(CommandSpec spec) {
        return (ShellyManagerCommand) spec.root().userObject();
    }

    ApiClient api() {
        return new ApiClient(settings(), json);
    }

    ClientSettings settings() {
        return ClientSettings.resolve(server, token, environment);
    }

    CliEnvironment environment() {
        return environment;
    }

    Printer printer(CommandSpec command) {
        return new Printer(command.commandLine().getOut(), output, json);
    }

    /** A progress bar on standard error, redrawn in place on a terminal; silent with {@code --quiet}. */
    ProgressBar progressBar(CommandSpec command) {
        return quiet ? silentProgress() : new ProgressBar(command.commandLine().getErr(), environment.terminal());
    }

    /** Progress goes to standard error, so that standard output stays the command's answer alone. */
    JobFollower jobFollower(CommandSpec command) {
        return new JobFollower(api(), progressBar(command),
                environment.terminal() ? Duration.ofMillis(250) : Duration.ofSeconds(1));
    }

    /** Uploads and downloads, with a byte count redrawn on a terminal; silent elsewhere and with {@code --quiet}. */
    FileTransfer fileTransfer(CommandSpec command) {
        return new FileTransfer(api(), environment.terminal() ? progressBar(command) : silentProgress());
    }

    boolean isQuiet() {
        return quiet;
    }

    private static ProgressBar silentProgress() {
        return new ProgressBar(new PrintWriter(Writer.nullWriter()), false);
    }
}
