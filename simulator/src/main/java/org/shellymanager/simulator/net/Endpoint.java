package org.shellymanager.simulator.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.fault.FaultSet;

/**
 * Where one device answers: an address, served by virtual threads, one per open connection, whichever
 * {@link Listeners} bring them. Transport faults are applied here.
 */
public final class Endpoint implements AutoCloseable {

    private static final String SERVER = "ShellyHTTP/1.0.0";
    private static final int READ_TIMEOUT_MS = 60_000;

    private final Listeners listeners;
    private final RequestHandler handler;
    private final FaultSet faults;
    private final BooleanSupplier reachable;
    private volatile Listeners.Binding binding;
    private volatile SSLContext tls;

    public Endpoint(Listeners listeners, RequestHandler handler, FaultSet faults, BooleanSupplier reachable) {
        this.listeners = listeners;
        this.handler = handler;
        this.faults = faults;
        this.reachable = reachable;
    }

    /** Starts answering; {@code port} 0 lets the listeners choose. Only loopback addresses are allowed. */
    public synchronized int open(String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("simulated devices only listen on loopback addresses: " + host);
        }
        close();
        SSLContext context = tls;
        Listeners.Binding bound = listeners.bind(new InetSocketAddress(address, port),
                connection -> serve(connection, context));
        binding = bound;
        return bound.port();
    }

    /** Serves HTTPS with this context from the next {@link #open} on (a device with a certificate). */
    public void useTls(SSLContext context) {
        tls = context;
    }

    @Override
    public synchronized void close() {
        Listeners.Binding bound = binding;
        binding = null;
        if (bound != null) {
            bound.close();
        }
    }

    /** Answers one connection; with a TLS context, in the server's role over it (the handshake runs on the first read). */
    private void serve(Socket accepted, SSLContext context) {
        try (accepted; Socket connection = context == null ? accepted
                : context.getSocketFactory().createSocket(accepted, null, true)) {
            connection.setSoTimeout(READ_TIMEOUT_MS);
            connection.setTcpNoDelay(true);
            if (!reachable.getAsBoolean()) {
                Connections.reset(connection);
                return;
            }
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            HttpRequest request = HttpParser.read(in);
            if (request == null) {
                return;
            }
            if (faults.has(Fault.Reset.class)) {
                Connections.reset(connection);
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

}
