package org.shellymanager.simulator.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/** A listening socket of its own per address, served by virtual threads: one waits in {@code accept}. */
public final class SocketPerAddress implements Listeners {

    private static final int BACKLOG = 64;

    @Override
    public Binding bind(InetSocketAddress address, Consumer<Socket> serve) throws IOException {
        ServerSocket socket = Listeners.listen(address, BACKLOG);
        Thread.ofVirtual().name("sim-accept-" + address.getHostString() + ":" + socket.getLocalPort())
                .start(() -> acceptLoop(socket, serve));
        int port = socket.getLocalPort();
        return Binding.of(port, () -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
    }

    private static void acceptLoop(ServerSocket socket, Consumer<Socket> serve) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                if (socket.isClosed()) {
                    // Closing a socket that a virtual thread waits on completes only when that thread wakes up,
                    // so a connection can still arrive after close(): a closed binding never serves it.
                    Connections.reset(connection);
                    return;
                }
                Thread.ofVirtual().start(() -> serve.accept(connection));
            } catch (IOException e) {
                return;
            }
        }
    }
}
