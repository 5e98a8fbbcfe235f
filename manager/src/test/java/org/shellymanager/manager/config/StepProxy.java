package org.shellymanager.manager.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback relay in front of one simulated device that drops chosen HTTP requests: the connection is closed
 * instead of the request being passed on, as when a device is lost at that step. Requests are counted from the
 * last {@link #cut}; the device is reached normally again after the dropped ones.
 */
final class StepProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String deviceHost;
    private final int devicePort;
    private final AtomicInteger seen = new AtomicInteger();
    private volatile int cutFrom = Integer.MAX_VALUE;
    private volatile int cutUntil = Integer.MAX_VALUE;

    StepProxy(String deviceAddress) {
        String[] parts = deviceAddress.split(":");
        this.deviceHost = parts[0];
        this.devicePort = Integer.parseInt(parts[1]);
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** From now on, requests number {@code first} up to {@code first + count - 1} are dropped (counting from 1). */
    void cut(int first, int count) {
        seen.set(0);
        cutFrom = first;
        cutUntil = first + count;
    }

    /** Requests relayed or dropped since the last {@link #cut}. */
    int requests() {
        return seen.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket device = new Socket(deviceHost, devicePort);
                Thread.ofVirtual().start(() -> pipe(device, client));
                Thread.ofVirtual().start(() -> relayRequests(client, device));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relayRequests(Socket client, Socket device) {
        try (client; device) {
            InputStream in = client.getInputStream();
            OutputStream out = device.getOutputStream();
            byte[] request;
            while ((request = readRequest(in)) != null) {
                int number = seen.incrementAndGet();
                if (number >= cutFrom && number < cutUntil) {
                    return;
                }
                out.write(request);
                out.flush();
            }
        } catch (IOException e) {
            // either side went away: both sockets are closed by the try
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (from; to) {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // closed by the other direction
        }
    }

    /** One request (head and a Content-Length body), or null at the end of the stream. */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        head.write(in.readNBytes(length));
        return head.toByteArray();
    }
}
