package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * X-Forwarded-* headers are believed only from a trusted proxy: the server trusts 127.0.0.1, and the test calls
 * it both from 127.0.0.1 (the "proxy") and from 127.0.0.2 (a client claiming to be someone else).
 */
class ForwardedHeadersTest {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start("--shelly-manager.security.trusted-proxies=127.0.0.1/32, 10.0.0.0/8");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUntrustedClientCannotChooseTheAddressTheAuditLogRecords() throws Exception {
        send(from("127.0.0.2"), "203.0.113.9", null);

        assertThat(auditedAddresses()).contains("127.0.0.2").doesNotContain("203.0.113.9");
    }

    @Test
    void aTrustedProxyNamesTheClientPastItsOwnTrustedHops() throws Exception {
        send(from("127.0.0.1"), "198.51.100.7, 10.1.2.3", null);

        assertThat(auditedAddresses()).contains("198.51.100.7").doesNotContain("10.1.2.3");
    }

    @Test
    void httpsAtTheProxyCountsOnlyWhenTheProxyIsTrusted() throws Exception {
        HttpResponse<String> untrusted = send(from("127.0.0.2"), null, "https");
        HttpResponse<String> trusted = send(from("127.0.0.1"), null, "https");

        assertThat(untrusted.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(trusted.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static HttpClient from(String address) throws IOException {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }

    private static HttpResponse<String> send(HttpClient client, String forwardedFor, String proto) throws Exception {
        HttpRequest.Builder request = server.request("/api/v1/auth/logout-everywhere")
                .header("Authorization", "Bearer " + server.token(Role.ADMIN))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isLessThan(300);
        return response;
    }

    private static List<String> auditedAddresses() {
        RunningServer.Reply audit = server.get("/api/v1/audit?action=logout-everywhere&size=500");
        if (audit.status() != 200) {
            throw new UncheckedIOException(new IOException("audit query failed: " + audit.status() + " " + audit.text()));
        }
        List<String> addresses = new ArrayList<>();
        for (JsonNode event : audit.body().path("items")) {
            addresses.add(event.path("address").asString());
        }
        return addresses;
    }
}
