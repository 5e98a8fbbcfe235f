package org.shellymanager.simulator.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One listening socket per port for a whole fleet, on the IPv4 wildcard address: each accepted connection goes to
 * the endpoint bound to the local address it was made to, so 100,000 devices on their own loopback addresses take a
 * few file descriptors instead of one each. Linux routes all of {@code 127.0.0.0/8} to {@code lo}, but a socket bound
 * to one of those addresses accepts nothing else, and the wildcard address listens on every interface: so this is
 * only allowed where every interface is loopback, in a network namespace of the fleet's own ({@code unshare -rn},
 * then {@code ip link set lo up}), and refused anywhere a LAN could reach it. A connection to an address no device
 * listens on is reset once accepted, where a real host would refuse it.
 */
public final class SharedListeners implements Listeners, AutoCloseable {

    private static final int BACKLOG = 4096;
    private static final long ACCEPT_RETRY_NANOS = 10_000_000;

    private final Map<InetSocketAddress, Consumer<Socket>> endpoints = new ConcurrentHashMap<>();
    private final Map<Integer, ServerSocket> sockets = new HashMap<>();
    private int chosenPort;

    private SharedListeners() {
    }

    /** Shared listeners, or an {@link IllegalStateException} naming the interfaces a wildcard listener would reach. */
    public static SharedListeners open() {
        List<String> reachable = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (!nic.isLoopback()) {
                    reachable.add(nic.getName());
                }
            }
        } catch (SocketException e) {
            throw new UncheckedIOException("cannot list network interfaces", e);
        }
        if (!reachable.isEmpty()) {
            throw new IllegalStateException("shared listeners bind the wildcard address, which would listen on " + reachable
                    + " too; run the fleet in a network namespace with only loopback (unshare -rn)");
        }
        return new SharedListeners();
    }

    @Override
    public Binding bind(InetSocketAddress address, Consumer<Socket> serve) throws IOException {
        int port = listen(address.getPort());
        InetSocketAddress key = new InetSocketAddress(address.getAddress(), port);
        if (endpoints.putIfAbsent(key, serve) != null) {
            throw new BindException("Address already in use: " + key);
        }
        return Binding.of(port, () -> endpoints.remove(key, serve));
    }

    /** The port a listener accepts on, started on first use; port 0 is one port the system chose, shared by all. */
    private synchronized int listen(int port) throws IOException {
        int wanted = port == 0 ? chosenPort : port;
        if (wanted != 0 && sockets.containsKey(wanted)) {
            return wanted;
        }
        ServerSocket socket = Listeners.listen(new InetSocketAddress(wanted), BACKLOG);
        int bound = socket.getLocalPort();
        if (port == 0) {
            chosenPort = bound;
        }
        sockets.put(bound, socket);
        Thread.ofVirtual().name("sim-accept-*:" + bound).start(() -> acceptLoop(socket));
        return bound;
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                InetSocketAddress local = (InetSocketAddress) connection.getLocalSocketAddress();
                Consumer<Socket> serve = local.getAddress().isLoopbackAddress() ? endpoints.get(local) : null;
                if (serve == null) {
                    Connections.reset(connection);
                } else {
                    Thread.ofVirtual().start(() -> serve.accept(connection));
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
                // out of file descriptors or a connection aborted before accept: the listener serves on
                LockSupport.parkNanos(ACCEPT_RETRY_NANOS);
            }
        }
    }

    /** Stops every listener; endpoints still bound stop receiving connections. */
    @Override
    public synchronized void close() {
        for (ServerSocket socket : sockets.values()) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        sockets.clear();
        endpoints.clear();
    }
}
