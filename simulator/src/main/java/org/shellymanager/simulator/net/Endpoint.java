package org.shellymanager.simulator.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.fault.FaultSet;

/**
 * One listening socket on a loopback address, served by virtual threads: one thread waits in {@code accept}, one
 * thread per open connection. Transport faults are applied here.
 */
public final class Endpoint implements AutoCloseable {

    private static final String SERVER = "ShellyHTTP/1.0.0";
    private static final int READ_TIMEOUT_MS = 60_000;

    private final RequestHandler handler;
    private final FaultSet faults;
    private final BooleanSupplier reachable;
    private volatile ServerSocket server;
    private volatile SSLContext tls;

    public Endpoint(RequestHandler handler, FaultSet faults, BooleanSupplier reachable) {
        this.handler = handler;
        this.faults = faults;
        this.reachable = reachable;
    }

    /** Binds and starts accepting; {@code port} 0 lets the system choose. Only loopback addresses are allowed. */
    public synchronized int open(String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("simulated devices only listen on loopback addresses: " + host);
        }
        close();
        SSLContext context = tls;
        ServerSocket socket = context == null ? new ServerSocket() : context.getServerSocketFactory().createServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port), 64);
        server = socket;
        Thread.ofVirtual().name("sim-accept-" + host + ":" + socket.getLocalPort()).start(() -> acceptLoop(socket));
        return socket.getLocalPort();
    }

    /** Serves HTTPS with this context from the next {@link #open} on (a device with a certificate). */
    public void useTls(SSLContext context) {
        tls = context;
    }

    @Override
    public synchronized void close() {
        ServerSocket socket = server;
        server = null;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                if (socket.isClosed()) {
                    // Closing a socket that a virtual thread waits on completes only when that thread wakes up,
                    // so a connection can still arrive after close(): a closed endpoint never serves it.
                    reset(connection);
                    return;
                }
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(READ_TIMEOUT_MS);
            connection.setTcpNoDelay(true);
            if (!reachable.getAsBoolean()) {
                reset(connection);
                return;
            }
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            HttpRequest request = HttpParser.read(in);
            if (request == null) {
                return;
            }
            if (faults.has(Fault.Reset.class)) {
                reset(connection);
                return;
            }
            if (faults.has(Fault.NoAnswer.class)) {
                in.transferTo(OutputStream.nullOutputStream());
                return;
            }
            delay();
            if (request.isWebSocketUpgrade() && handler.acceptsWebSocket(request)) {
                upgrade(connection, request, in, out);
                return;
            }
            HttpResponse response = faults.has(Fault.ServerError.class)
                    ? HttpResponse.text(500, "Internal Server Error")
                    : handler.handle(request);
            write(response, out);
        } catch (IOException | InterruptedException e) {
            // the peer went away or the device was closed; nothing to answer
        }
    }

    private void upgrade(Socket connection, HttpRequest request, InputStream in, OutputStream out) throws IOException {
        String head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + WebSocket.acceptKey(request.header("sec-websocket-key")) + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        connection.setSoTimeout(0);
        handler.serveWebSocket(new WebSocket(connection, in, out));
    }

    private void write(HttpResponse response, OutputStream out) throws IOException, InterruptedException {
        byte[] body = response.body();
        if (faults.has(Fault.MalformedJson.class)) {
            body = malformed(body);
        }
        var oversized = faults.find(Fault.OversizedBody.class);
        if (oversized.isPresent() && oversized.get().bytes() > body.length) {
            byte[] padded = new byte[oversized.get().bytes()];
            java.util.Arrays.fill(padded, (byte) ' ');
            System.arraycopy(body, 0, padded, padded.length - body.length, body.length);
            body = padded;
        }
        byte[] head = response.withBody(body).head(SERVER);
        if (faults.has(Fault.TruncatedJson.class)) {
            out.write(head);
            out.write(body, 0, body.length / 2);
            out.flush();
            return;
        }
        var drip = faults.find(Fault.SlowDrip.class);
        if (drip.isPresent()) {
            out.write(head);
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(drip.get().perByte());
            }
            return;
        }
        out.write(head);
        out.write(body);
        out.flush();
    }

    private void delay() throws InterruptedException {
        var latency = faults.find(Fault.Latency.class);
        if (latency.isPresent()) {
            Thread.sleep(latency.get().delay());
        }
    }

    private static byte[] malformed(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String broken = text.isEmpty() ? "{\"" : text.substring(0, Math.max(1, text.length() / 2)) + "\":,}{";
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    private static void reset(Socket connection) throws IOException {
        connection.setSoLinger(true, 0);
        connection.close();
    }
}
