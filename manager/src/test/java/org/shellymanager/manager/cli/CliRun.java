package org.shellymanager.manager.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine;

/** Runs the CLI in this process with a given environment and answers its exit status and output. */
record CliRun(int status, String out, String err) {

    static CliRun run(Map<String, String> variables, Path configFile, String... args) {
        return run(new CliEnvironment(variables, configFile, false), args);
    }

    /** As if standard error were a terminal, where progress is redrawn in place. */
    static CliRun onTerminal(Map<String, String> variables, String... args) {
        return run(new CliEnvironment(variables, null, true), args);
    }

    private static CliRun run(CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ShellyManagerCommand.commandLine(environment)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Map.of(), null, args);
    }
}
