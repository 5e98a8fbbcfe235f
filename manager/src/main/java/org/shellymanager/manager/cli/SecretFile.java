package org.shellymanager.manager.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A secret kept in a file so that it stays out of the command line and the shell history. */
final class SecretFile {

    private SecretFile() {
    }

    /** The file's first line, without its line break; an empty file gives an empty secret. */
    static String firstLine(Path file, String what) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("");
        } catch (IOException e) {
            throw new CliInputException("cannot read the " + what + " file " + file + ": " + e.getMessage());
        }
    }
}
