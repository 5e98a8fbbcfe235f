package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliUsageTest {

    @Test
    void bashCompletionCoversTheSubcommands() {
        CliRun run = CliRun.run("completion", "bash");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("devices").contains("discover").contains("--needs-credentials");
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        CliRun run = CliRun.run("devices", "list", "-o", "xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--output'");
    }

    @Test
    void groupCommandWithoutItsSubcommandShowsTheChoices() {
        CliRun run = CliRun.run("jobs");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command: list, show or cancel");
    }

    @Test
    void serveTurnsItsOptionsIntoSpringArguments() {
        var serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "9090", "--data-dir", "data", "--demo");

        assertThat(serve.springArguments()).containsExactly("--server.port=9090",
                "--shelly-manager.data-dir=" + Path.of("data").toAbsolutePath(), "--shelly-manager.demo=true");
    }

    @Test
    void serveRefusesAConfigFileThatDoesNotExist() {
        CliRun run = CliRun.run("serve", "--config", "/nonexistent/settings.yaml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--config: no such file /nonexistent/settings.yaml");
    }

    @Test
    void progressBarOnATerminalRedrawsOneLine() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), true);

        bar.update("scan", 30, 120);
        bar.update("scan", 30, 120);
        bar.update("scan", 120, 120);
        bar.finish();

        assertThat(out.toString()).isEqualTo("\rscan [#######-----------------------] 30/120 (25%)"
                + "\rscan [##############################] 120/120 (100%)" + System.lineSeparator());
    }

    @Test
    void progressBarWithoutATotalCountsWhatIsDone() {
        assertThat(ProgressBar.bar("scan", 0, 0)).isEqualTo("scan [------------------------------] 0 done");
    }
}
