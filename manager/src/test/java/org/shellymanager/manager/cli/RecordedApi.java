package org.shellymanager.manager.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real HTTP server on loopback that answers the CLI with API replies recorded for the test, and keeps
 * every request it got. Replies for one method and path are given in order; the last one repeats.
 */
final class RecordedApi implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String method, String pathAndQuery, String authorization, String body) {
    }

    private record Reply(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    RecordedApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    RecordedApi reply(String method, String path, int status, String json) {
        String type = status >= 400 ? "application/problem+json" : "application/json";
        synchronized (replies) {
            replies.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>()).add(new Reply(status, type, json));
        }
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        synchronized (requests) {
            requests.add(new Request(method, query == null ? path : path + "?" + query,
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
        }
        Reply reply;
        synchronized (replies) {
            Deque<Reply> queue = replies.get(method + " " + path);
            reply = queue == null ? new Reply(404, "text/plain", "")
                    : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
