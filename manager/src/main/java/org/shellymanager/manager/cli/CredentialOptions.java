package org.shellymanager.manager.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** A device login given on the command line, or read from a file so that it stays out of the shell history. */
final class CredentialOptions {

    static final String DEFAULT_USER = "admin";

    @Option(names = "--user", paramLabel = "NAME",
            description = "Device login name (default: admin, the only user Gen2+ devices have).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Device password; give the option without a value to be asked for it.")
    private String password;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the device password from the first line of FILE.")
    private Path passwordFile;

    /** The login as the API takes it ({@code username}, {@code password}), or null when none was given. */
    Map<String, String> credentials() {
        if (password != null && passwordFile != null) {
            throw new CliInputException("give either --password or --password-file, not both");
        }
        String secret = passwordFile != null ? SecretFile.firstLine(passwordFile, "password") : password;
        if (secret == null) {
            if (user != null) {
                throw new CliInputException("--user needs a password too: add --password or --password-file");
            }
            return null;
        }
        Map<String, String> login = new LinkedHashMap<>();
        login.put("username", user == null ? DEFAULT_USER : user);
        login.put("password", secret);
        return login;
    }
}
