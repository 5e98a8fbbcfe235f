package org.shellymanager.manager.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Accounts, for admins: list, add, change role or password, remove. */
@Command(name = "users", description = "Manages user accounts (admins only).",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Set.class, UsersCommand.Remove.class})
final class UsersCommand implements Callable<Integer> {

    static final Table TABLE = new Table(List.of(Table.field("USERNAME", "username"), Table.field("ROLE", "role"),
            Table.field("SOURCE", "source"), Table.field("CREATED", "createdAt")));

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, add, set or remove");
    }

    static String path(String username) {
        return "/api/v1/users/" + ApiClient.encode(username);
    }

    @Command(name = "list", description = "Lists the accounts.")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ShellyManagerCommand root = ShellyManagerCommand.of(spec);
            JsonNode found = root.api().get("/api/v1/users");
            List<JsonNode> rows = Printer.rows(found);
            root.printer(spec).list(found, rows, TABLE, rows.size() + " users");
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "add", description = "Adds a local account.")
    static final class Add implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "USER", description = "The username.")
        private String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "VIEWER, OPERATOR or ADMIN.")
        private String role;

        @Option(names = {"-p", "--password"}, interactive = true, arity = "0..1", required = true, paramLabel = "PASSWORD",
                description = "The password (at least 10 characters); asked for when given without a value.")
        private String password;

        @Override
        public Integer call() {
            ShellyManagerCommand root = ShellyManagerCommand.of(spec);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", username);
            body.put("password", password);
            body.put("role", role.toUpperCase(Locale.ROOT));
            root.printer(spec).object(root.api().post("/api/v1/users", body));
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "set", description = "Changes an account's role and/or password.")
    static final class Set implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "USER", description = "The username.")
        private String username;

        @Option(names = "--role", paramLabel = "ROLE", description = "VIEWER, OPERATOR or ADMIN; lowers the user's tokens too.")
        private String role;

        @Option(names = {"-p", "--password"}, interactive = true, arity = "0..1", paramLabel = "PASSWORD",
                description = "A new password; ends the user's browser sessions.")
        private String password;

        @Override
        public Integer call() {
            if (role == null && password == null) {
                throw new CliInputException("give --role and/or --password");
            }
            ShellyManagerCommand root = ShellyManagerCommand.of(spec);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("role", role == null ? null : role.toUpperCase(Locale.ROOT));
            body.put("password", password);
            root.printer(spec).object(root.api().patch(path(username), body));
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "remove", description = "Removes an account and its API tokens.")
    static final class Remove implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "USER", description = "The username.")
        private String username;

        @Override
        public Integer call() {
            ShellyManagerCommand.of(spec).api().delete(path(username));
            spec.commandLine().getOut().println("Removed " + username);
            return CommandLine.ExitCode.OK;
        }
    }
}
