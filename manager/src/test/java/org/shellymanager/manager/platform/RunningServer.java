package org.shellymanager.manager.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.ShellyManagerApplication;
import org.shellymanager.manager.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The whole server started through {@link ShellyManagerApplication#run} as the CLI starts it, on a random port
 * with a fresh data directory, and a small JSON client for its API. The server gets a bootstrap admin
 * ({@value #ADMIN_USER} / {@link #ADMIN_PASSWORD}); the client acts as that admin with an API token unless told to
 * act as another role ({@link #as}) or as nobody ({@link #anonymous}).
 */
public final class RunningServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    private RunningServer(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static RunningServer start(String... extraArgs) {
        try {
            return start(Files.createTempDirectory("shelly-manager-it"), extraArgs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunningServer start(Path dataDir, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--shelly-manager.data-dir=" + dataDir,
                "--shelly-manager.admin-user=" + ADMIN_USER, "--shelly-manager.admin-password=" + ADMIN_PASSWORD));
        args.addAll(List.of(extraArgs));
        return new RunningServer(ShellyManagerApplication.run(args.toArray(String[]::new)), dataDir);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The server's base URL, such as {@code http://127.0.0.1:41234}. */
    public String url() {
        return base;
    }

    /** An API token of the bootstrap admin scoped to {@code role}, minted on first use with the admin's password. */
    public synchronized String token(Role role) {
        return tokens.computeIfAbsent(role, r -> {
            Reply minted = anonymous().send(request("/api/v1/auth/tokens")
                    .header("Authorization", basic(ADMIN_USER, ADMIN_PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tests " + r + "\",\"role\":\"" + r + "\"}")));
            if (minted.status() != 201) {
                throw new IllegalStateException("cannot mint a " + r + " token: " + minted.status() + " " + minted.text());
            }
            return minted.body().path("token").asString();
        });
    }

    /** A client that sends a token scoped to {@code role}. */
    public Client as(Role role) {
        return new Client("Bearer " + token(role));
    }

    /** A client that sends the given {@code Authorization} header value. */
    public Client withAuthorization(String authorization) {
        return new Client(authorization);
    }

    /** A client that sends no credentials. */
    public Client anonymous() {
        return new Client(null);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request builder for a path of this server, for calls the helpers below do not cover. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    public Reply get(String path) {
        return as(Role.ADMIN).get(path);
    }

    public Reply post(String path, String json) {
        return as(Role.ADMIN).post(path, json);
    }

    public Reply put(String path, String json) {
        return as(Role.ADMIN).put(path, json);
    }

    public Reply patch(String path, String json) {
        return as(Role.ADMIN).patch(path, json);
    }

    public Reply delete(String path) {
        return as(Role.ADMIN).delete(path);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Sends requests with one fixed {@code Authorization} header, or none. */
    public final class Client {

        private final String authorization;

        private Client(String authorization) {
            this.authorization = authorization;
        }

        public Reply get(String path) {
            return send(request(path).GET());
        }

        public Reply post(String path, String json) {
            return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        public Reply put(String path, String json) {
            return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        public Reply patch(String path, String json) {
            return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
        }

        public Reply delete(String path) {
            return send(request(path).DELETE());
        }

        /** Sends any request, adding this client's {@code Authorization} header. */
        public Reply send(HttpRequest.Builder request) {
            if (authorization != null) {
                request.setHeader("Authorization", authorization);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        json(response.body()), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode json(String body) {
        if (body.isEmpty()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** An HTTP answer: status, content type, the JSON body (a null node when empty, missing when not JSON), headers, text. */
    public record Reply(int status, String contentType, JsonNode body, HttpHeaders headers, String text) {

        /** The stable error code of a problem document. */
        public String code() {
            return body.path("code").asString("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
