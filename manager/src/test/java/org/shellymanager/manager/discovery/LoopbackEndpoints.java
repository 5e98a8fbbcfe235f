package org.shellymanager.manager.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.shellymanager.device.DeviceAddress;

/** Real loopback endpoints that are not Shelly devices: closed ports, silent listeners, other HTTP servers. */
final class LoopbackEndpoints {

    private LoopbackEndpoints() {
    }

    /** An address where nothing listens, so connections are refused. */
    static DeviceAddress closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new DeviceAddress("127.0.0.1", socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A listener that never accepts: connections complete in the kernel's backlog and never get a byte back. */
    static ServerSocket silentListener() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    static DeviceAddress address(ServerSocket socket) {
        return new DeviceAddress("127.0.0.1", socket.getLocalPort());
    }

    /** An HTTP server that answers every request with this status and body, as a router or a NAS would. */
    static HttpServer httpServer(int status, String contentType, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    static DeviceAddress address(HttpServer server) {
        return new DeviceAddress("127.0.0.1", server.getAddress().getPort());
    }
}
