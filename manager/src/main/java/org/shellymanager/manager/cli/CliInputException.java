package org.shellymanager.manager.cli;

/** The user's own input to the CLI is wrong: a bad option value, an unreadable file, a broken config file. */
final class CliInputException extends RuntimeException {

    CliInputException(String message) {
        super(message);
    }
}
