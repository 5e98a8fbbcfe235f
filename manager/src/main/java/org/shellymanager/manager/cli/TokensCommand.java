package org.shellymanager.manager.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Your API tokens: list them, revoke one. Secrets are never shown again after {@code login}. */
@Command(name = "tokens", description = "Lists or revokes your API tokens.",
        subcommands = {TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand implements Callable<Integer> {

    static final Table TABLE = new Table(List.of(Table.field("ID", "id"), Table.field("NAME", "name"),
            Table.field("ROLE", "role"), Table.field("ACTIVE", "active"), Table.field("EXPIRES", "expiresAt"),
            Table.field("LAST USED", "lastUsedAt")));

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list or revoke");
    }

    @Command(name = "list", description = "Lists your API tokens, newest first.")
    static final class ListTokens implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ShellyManagerCommand root = ShellyManagerCommand.of(spec);
            JsonNode found = root.api().get("/api/v1/auth/tokens");
            List<JsonNode> rows = Printer.rows(found);
            root.printer(spec).list(found, rows, TABLE, rows.size() + " tokens");
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "revoke", description = "Revokes an API token at once (admins may revoke anyone's).")
    static final class Revoke implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The token id, from 'tokens list'.")
        private String id;

        @Override
        public Integer call() {
            ShellyManagerCommand.of(spec).api().delete("/api/v1/auth/tokens/" + ApiClient.encode(id));
            spec.commandLine().getOut().println("Revoked token " + id);
            return CommandLine.ExitCode.OK;
        }
    }
}
