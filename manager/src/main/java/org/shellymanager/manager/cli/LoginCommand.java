package org.shellymanager.manager.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Mints an API token with a username and password and saves it, with the server URL, in the CLI config file
 * (owner-only permissions), so that later commands use it.
 */
@Command(name = "login", description = "Logs in: mints an API token with your password and saves it in the CLI config file.")
final class LoginCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-u", "--user"}, required = true, paramLabel = "USER", description = "Your username.")
    private String user;

    @Option(names = {"-p", "--password"}, interactive = true, arity = "0..1", required = true, paramLabel = "PASSWORD",
            description = "Your password; asked for when given without a value.")
    private String password;

    @Option(names = "--token-name", paramLabel = "NAME", description = "A name for the token (default: cli on this host).")
    private String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "Mint a token with less than your role: VIEWER or OPERATOR.")
    private String role;

    @Option(names = "--days", paramLabel = "N", description = "Lifetime in days (default: the server's, 90).")
    private Integer days;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name != null ? name : "cli on " + host());
        body.put("role", role == null ? null : role.toUpperCase(java.util.Locale.ROOT));
        body.put("expiresInDays", days);
        JsonNode minted = root.api().postWithPassword("/api/v1/auth/tokens", body, user, password);
        Path file = root.environment().configFile();
        if (file == null) {
            throw new CliInputException("no place for the CLI config file; give the token with --token instead");
        }
        save(file, root.settings().server().toString(), minted.path("token").asString());
        spec.commandLine().getOut().println("Logged in to " + root.settings().server() + " as " + user + " ("
                + minted.path("role").asString() + ", until " + minted.path("expiresAt").asString() + "); token saved in " + file);
        return CommandLine.ExitCode.OK;
    }

    static void save(Path file, String server, String token) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JsonNode existing = Files.isRegularFile(file) ? yaml.readTree(file.toFile()) : null;
            ObjectNode config = existing instanceof ObjectNode object ? object : yaml.createObjectNode();
            config.put("server", server);
            config.put("token", token);
            if (Files.notExists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(file, yaml.writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CLI config file " + file, e);
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this host";
        }
    }
}
