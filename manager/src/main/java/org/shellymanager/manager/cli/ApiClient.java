package org.shellymanager.manager.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Talks JSON to the Shelly Manager REST API, with the API token as a bearer token when there is one. */
final class ApiClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final ClientSettings settings;
    private final JsonMapper json;

    ApiClient(ClientSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    /** A POST with extra request headers, such as an archive passphrase, which stays out of URLs and logs. */
    JsonNode post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, bearer(), headers);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    JsonNode patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    /** A POST with an account's password (HTTP Basic) instead of the token: only minting a token takes one. */
    JsonNode postWithPassword(String path, Object body, String username, String password) {
        String basic = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send("POST", path, body, "Basic " + basic, Map.of());
    }

    /** A query string from the parameters that have a value, encoded, with its leading {@code ?}. */
    static String query(Map<String, Object> parameters) {
        String query = parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> encode(entry.getKey()) + "=" + encode(String.valueOf(entry.getValue())))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, Object body) {
        return send(method, path, body, bearer(), Map.of());
    }

    private JsonNode send(String method, String path, Object body, String authorization, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, "application/json", REQUEST_TIMEOUT, authorization);
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, body(body));
        }
        return answer(exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    HttpRequest.BodyPublisher body(Object jsonBody) {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(jsonBody));
    }

    /** A request to the API with the token, accepting {@code accept} and problem documents. */
    HttpRequest.Builder request(String path, String accept, Duration timeout) {
        return request(path, accept, timeout, bearer());
    }

    private String bearer() {
        return settings.token() == null ? null : "Bearer " + settings.token();
    }

    private HttpRequest.Builder request(String path, String accept, Duration timeout, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.server() + path))
                .timeout(timeout)
                .header("Accept", accept + ", application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** The JSON answer, or the server's refusal as an {@link ApiProblemException}. */
    JsonNode answer(HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            throw problem(response.statusCode(), response.body(), response.request().uri());
        }
        return response.body().isBlank() ? MissingNode.getInstance() : parse(response);
    }

    <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new ServerUnreachableException(settings.server(), e instanceof ConnectException
                    ? "connection refused" : "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new ServerUnreachableException(settings.server(), "no answer within "
                    + request.timeout().orElse(REQUEST_TIMEOUT).toSeconds() + " s");
        } catch (IOException e) {
            throw broken(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException(settings.server(), "interrupted");
        }
    }

    /** The connection to the server failed while a request or answer was under way. */
    ServerUnreachableException broken(IOException e) {
        return new ServerUnreachableException(settings.server(), e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new ApiProblemException(response.statusCode(), null, "the server at " + settings.server()
                    + " answered with something that is not JSON; is it a Shelly Manager server?");
        }
    }

    /** The server's refusal, from its problem document when it sent one, else from the bare status. */
    ApiProblemException problem(int status, String body, URI uri) {
        JsonNode problem;
        try {
            problem = json.readTree(body);
        } catch (JacksonException e) {
            problem = MissingNode.getInstance();
        }
        String code = problem.path("code").isString() ? problem.path("code").stringValue() : null;
        String detail = problem.path("detail").isString() ? problem.path("detail").stringValue()
                : problem.path("title").isString() ? problem.path("title").stringValue() : null;
        if (detail == null) {
            detail = switch (status) {
                case 401 -> "the server wants an API token; give it with --token or " + CliEnvironment.TOKEN_VARIABLE;
                case 403 -> "the API token is not allowed to do this";
                case 404 -> "the server has no " + uri.getPath() + "; is it a Shelly Manager server?";
                default -> "the server answered HTTP " + status;
            };
        }
        return new ApiProblemException(status, code, detail, ApiProblemException.errors(problem.path("errors")));
    }
}
