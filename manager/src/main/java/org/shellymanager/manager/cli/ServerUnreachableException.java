package org.shellymanager.manager.cli;

import java.net.URI;

/** No (whole) answer from the Shelly Manager server: refused, unknown host, timed out, broken off. */
final class ServerUnreachableException extends RuntimeException {

    ServerUnreachableException(URI server, String reason) {
        super("cannot reach the Shelly Manager server at " + server + " (" + reason + "); is it running? "
                + "Start it with 'shelly-manager serve', or point the CLI elsewhere with --server or "
                + CliEnvironment.SERVER_VARIABLE);
    }

    /** The server answered, but the transfer broke off or arrived damaged; the message says what was lost. */
    ServerUnreachableException(String message) {
        super(message);
    }
}
