package org.shellymanager.manager.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = {"Prints a shell completion script for bash (zsh loads it through bashcompinit).",
        "Load it with: source <(shelly-manager completion bash)"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells a completion script can be written for. */
    enum Shell { bash }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "The shell: ${COMPLETION-CANDIDATES}.")
    private Shell shell;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(switch (shell) {
            case bash -> AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        });
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
