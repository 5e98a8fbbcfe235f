package org.shellymanager.simulator.net;

import java.io.IOException;
import java.net.Socket;

/** Ending an accepted connection the way a device that does not want it does. */
final class Connections {

    private Connections() {
    }

    /** Closes with a TCP reset instead of an orderly close. */
    static void reset(Socket connection) throws IOException {
        connection.setSoLinger(true, 0);
        connection.close();
    }
}
