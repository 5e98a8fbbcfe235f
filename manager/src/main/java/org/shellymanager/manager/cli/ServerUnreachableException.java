package org.shellymanager.manager.cli;

import java.net.URI;

/** No answer from the Shelly Manager server: refused, unknown host, timed out. */
final class ServerUnreachableException extends RuntimeException {

    ServerUnreachableException(URI server, String reason) {
        super("cannot reach the Shelly Manager server at " + server + " (" + reason + "); is it running? "
                + "Start it with 'shelly-manager serve', or point the CLI elsewhere with --server or "
                + CliEnvironment.SERVER_VARIABLE);
    }
}
