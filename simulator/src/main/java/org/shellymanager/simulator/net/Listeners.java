package org.shellymanager.simulator.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/**
 * How connections reach an {@link Endpoint}: a listening socket of its own per address ({@link SocketPerAddress}),
 * or one listener per port shared by a whole fleet ({@link SharedListeners}).
 */
public interface Listeners {

    /**
     * Starts handing each connection made to {@code address} to {@code serve} (on a thread of its own); port 0 lets
     * the listeners choose one.
     */
    Binding bind(InetSocketAddress address, Consumer<Socket> serve) throws IOException;

    /** A listening socket on {@code address} that may take over an address in TIME_WAIT; closed if binding fails. */
    static ServerSocket listen(InetSocketAddress address, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(address, backlog);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /** A bound address; closing it stops new connections to it. */
    interface Binding extends AutoCloseable {

        int port();

        @Override
        void close();

        /** A binding on {@code port} whose close runs {@code release}. */
        static Binding of(int port, Runnable release) {
            return new Binding() {
                @Override
                public int port() {
                    return port;
                }

                @Override
                public void close() {
                    release.run();
                }
            };
        }
    }
}
