package org.shellymanager.manager.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** The server's secret key, for admins: show its id, rotate it. */
@Command(name = "keys", description = "Shows or rotates the key that encrypts stored secrets (admins only).",
        subcommands = {KeysCommand.Show.class, KeysCommand.Rotate.class})
final class KeysCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: show or rotate");
    }

    @Command(name = "show", description = "Shows the current key's id and where it comes from (never the key).")
    static final class Show implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ShellyManagerCommand root = ShellyManagerCommand.of(spec);
            root.printer(spec).object(root.api().get("/api/v1/keys"));
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "rotate", description = "Creates a new key and re-encrypts every stored secret with it.")
    static final class Rotate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ShellyManagerCommand root = ShellyManagerCommand.of(spec);
            JsonNode result = root.api().post("/api/v1/keys/rotate", Map.of());
            root.printer(spec).object(result);
            root.printer(spec).note("Back up the new key file now; the old key no longer opens anything.");
            return CommandLine.ExitCode.OK;
        }
    }
}
