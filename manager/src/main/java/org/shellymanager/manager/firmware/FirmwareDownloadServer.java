package org.shellymanager.manager.firmware;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The read-only file server devices download cached firmware from ({@code GET /firmware/<token>/<file>}). Devices
 * cannot send API tokens, so it has no login: the random 192-bit token in the path is what grants access, and
 * nothing else is served. It listens apart from the API (its own address and port) so that the API's
 * authentication stays whole.
 */
@Component
class FirmwareDownloadServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FirmwareDownloadServer.class);
    private static final int WORKERS = 8;

    private final FirmwareCache cache;
    private final FirmwareProperties properties;
    private volatile HttpServer server;
    private volatile ExecutorService workers;

    FirmwareDownloadServer(FirmwareCache cache, FirmwareProperties properties) {
        this.cache = cache;
        this.properties = properties;
    }

    @Override
    public void start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(properties.downloadAddress(), properties.downloadPort()), 64);
            workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("firmware-download-", 1).daemon().factory());
            http.setExecutor(workers);
            http.createContext("/", this::handle);
            http.start();
            server = http;
            log.info("firmware download server listening on {}:{}", properties.downloadAddress(), port());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for firmware downloads on " + properties.downloadAddress() + ":"
                    + properties.downloadPort() + " (shelly-manager.firmware.download-port)", e);
        }
    }

    /** The port it listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            if (!head && !"GET".equals(exchange.getRequestMethod())) {
                text(exchange, 405, "only GET and HEAD");
                return;
            }
            if (parts.length != 4 || !parts[1].equals("firmware") || !parts[2].matches("[A-Za-z0-9_-]{32}")) {
                text(exchange, 404, "not found");
                return;
            }
            Optional<byte[]> content;
            try {
                content = cache.content(parts[2]);
            } catch (ManagerException e) {
                text(exchange, 409, e.getMessage());
                return;
            }
            if (content.isEmpty()) {
                text(exchange, 404, "not found");
                return;
            }
            log.debug("firmware download {} by {}", parts[3], exchange.getRemoteAddress());
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, head ? -1 : content.get().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(content.get());
                }
            }
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void stop() {
        HttpServer http = server;
        if (http != null) {
            http.stop(0);
            workers.shutdownNow();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
