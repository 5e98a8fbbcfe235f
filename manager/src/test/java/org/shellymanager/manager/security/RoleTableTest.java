package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shellymanager.manager.platform.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the OpenAPI document and proves that each declares a role and refuses every role below
 * it (401 without credentials, 403 for a token of a lower role) before doing anything.
 */
class RoleTableTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Operation> operations() {
        if (server == null) {
            start();
        }
        JsonNode paths = server.get("/v3/api-docs").body().path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.isObject() && !content.isEmpty() ? content.propertyNames().iterator().next()
                        : "application/json";
                operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        method.getValue().path(RequiredRoleCustomizer.EXTENSION).asString(""), mediaType));
            }
        }
        return operations.stream();
    }

    @Test
    void theDocumentCoversTheWholeApi() {
        List<Operation> all = operations().toList();

        assertThat(all).hasSizeGreaterThan(25);
        assertThat(all).extracting(Operation::path).contains("/api/v1/devices", "/api/v1/users", "/api/v1/audit",
                "/api/v1/auth/tokens", "/api/v1/jobs/{id}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void declaresARoleAndRefusesEveryoneBelowIt(Operation operation) {
        assertThat(operation.role()).as("x-required-role of %s", operation).isIn("VIEWER", "OPERATOR", "ADMIN");
        Role required = Role.valueOf(operation.role());
        String path = operation.path().replaceAll("\\{[^}]+}", "no-such-id");

        RunningServer.Reply anonymous = server.anonymous().send(request(operation, path));
        assertThat(anonymous.status()).as("%s anonymous", operation).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("auth.required");
        for (Role lower : Role.values()) {
            if (!lower.includes(required)) {
                RunningServer.Reply refused = server.as(lower).send(request(operation, path));
                assertThat(refused.status()).as("%s as %s", operation, lower).isEqualTo(403);
                assertThat(refused.code()).isEqualTo("auth.forbidden");
            }
        }
        if (!operation.path().equals("/api/v1/auth/tokens") || !operation.method().equals("POST")) {
            // minting takes a password, not a token: TokenLifecycleTest covers it
            RunningServer.Reply allowed = server.as(required).send(request(operation, path));
            assertThat(allowed.status()).as("%s as %s", operation, required).isNotIn(401, 403);
        }
    }

    /** A request with a body of the operation's media type: an empty JSON object, or an empty multipart form. */
    private static HttpRequest.Builder request(Operation operation, String path) {
        String method = operation.method();
        if (method.equals("GET") || method.equals("DELETE")) {
            return server.request(path).method(method, HttpRequest.BodyPublishers.noBody());
        }
        boolean multipart = operation.mediaType().startsWith("multipart/");
        return server.request(path)
                .setHeader("Content-Type", multipart ? operation.mediaType() + "; boundary=b" : operation.mediaType())
                .method(method, HttpRequest.BodyPublishers.ofString(multipart ? "--b--\r\n" : "{}"));
    }

    record Operation(String method, String path, String role, String mediaType) {

        @Override
        public String toString() {
            return method + " " + path + " (" + role + ")";
        }
    }
}
