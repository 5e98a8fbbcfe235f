package org.shellymanager.manager.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.shellymanager.manager.ShellyManagerApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the server in this process; it runs until the process is stopped. */
@Command(name = "serve", description = "Runs the Shelly Manager server: web UI, REST API and scheduled discovery.")
final class ServeCommand implements Callable<Integer> {

    /** When the collection of start-up garbage runs after the server is ready. */
    private static final Duration RELEASE_AFTER = Duration.ofSeconds(5);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (else server.port from the settings, 8080).")
    private Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the database and backups live (else shelly-manager.data-dir from the settings).")
    private Path dataDir;

    @Option(names = "--demo", description = "Also start about 30 simulated devices on loopback and a network covering them.")
    private boolean demo;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML settings file read on top of the defaults.")
    private Path config;

    /** Whether the command line ran {@code serve}, whose server keeps the process alive after the command returns. */
    static boolean isServing(CommandLine cli) {
        CommandLine.ParseResult parsed = cli.getParseResult();
        return parsed != null && parsed.subcommand() != null && parsed.subcommand().commandSpec().userObject() instanceof ServeCommand;
    }

    @Override
    public Integer call() {
        List<String> springArgs = springArguments();
        try {
            ShellyManagerApplication.run(springArgs.toArray(String[]::new));
            releaseStartupGarbage();
            return CommandLine.ExitCode.OK;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("error: the server did not start; the log above says why");
            return CliErrorHandler.FAILED;
        }
    }

    /**
     * Start-up leaves about 40 MB of configuration objects that are dead once the server is ready in the old
     * generation, which only a full collection frees: one lets the JVM give that memory back (the launcher's heap free
     * ratios) instead of keeping it resident for as long as the server runs. It runs {@link #RELEASE_AFTER} after
     * ready, so that the first requests are not held behind a stop-the-world collection.
     */
    private static void releaseStartupGarbage() {
        Thread.ofPlatform().name("startup-garbage").daemon().start(() -> {
            try {
                Thread.sleep(RELEASE_AFTER);
                System.gc();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new CliInputException("--port must be from 0 to 65535, was " + port);
            }
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--shelly-manager.data-dir=" + dataDir.toAbsolutePath());
        }
        if (demo) {
            args.add("--shelly-manager.demo=true");
        }
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new CliInputException("--config: no such file " + config.toAbsolutePath());
            }
            args.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
        }
        return args;
    }
}
