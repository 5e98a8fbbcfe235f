package org.shellymanager.manager.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The passphrase of an encrypted {@code .sma} archive. It never appears on the command line: it comes from a file,
 * from the terminal, or from {@value #VARIABLE}, in that order. It travels to the server in the
 * {@value #HEADER} header, never in a URL.
 */
final class PassphraseOptions {

    static final String VARIABLE = "SHELLY_MANAGER_ARCHIVE_PASSPHRASE";
    static final String HEADER = "X-Archive-Passphrase";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the archive passphrase from the first line of FILE (else $" + VARIABLE + ").")
    private Path file;

    @Option(names = "--ask-passphrase", description = "Ask for the archive passphrase on the terminal.")
    private boolean ask;

    /**
     * The passphrase header, or no header when no passphrase was given (a plain archive).
     *
     * @param twice ask twice on the terminal, for a new archive, so that a typing error does not lock it for good
     */
    Map<String, String> header(CliEnvironment environment, boolean twice) {
        if (file != null && ask) {
            throw new CliInputException("give either --passphrase-file or --ask-passphrase, not both");
        }
        String passphrase = file != null ? SecretFile.firstLine(file, "passphrase")
                : ask ? prompt(twice) : environment.variable(VARIABLE);
        if (passphrase == null) {
            return Map.of();
        }
        if (passphrase.isEmpty()) {
            throw new CliInputException("the passphrase is empty" + (file == null ? "" : " (first line of " + file + ")"));
        }
        if (!passphrase.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new CliInputException("the passphrase may hold printable ASCII characters only (letters, digits, "
                    + "punctuation, spaces): the API carries it in an HTTP header");
        }
        return Map.of(HEADER, passphrase);
    }

    private static String prompt(boolean twice) {
        Console console = System.console();
        if (console == null) {
            throw new CliInputException("no terminal to ask for the passphrase on; use --passphrase-file or $" + VARIABLE);
        }
        char[] first = console.readPassword("Archive passphrase: ");
        if (first == null) {
            throw new CliInputException("no passphrase given");
        }
        if (twice) {
            char[] second = console.readPassword("Again, to confirm: ");
            if (second == null || !Arrays.equals(first, second)) {
                throw new CliInputException("the two passphrases differ; nothing was done");
            }
        }
        return new String(first);
    }
}
