package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shellymanager.manager.security.HtmlForms.csrf;
import static org.shellymanager.manager.security.HtmlForms.form;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.ShellyManagerApplication;
import org.shellymanager.manager.platform.RunningServer;
import org.springframework.context.ConfigurableApplicationContext;

/** A fresh server's first admin (setup code once, demo admin), and HSTS and Secure cookies when served over TLS. */
class FirstStartAndTlsTest {

    private static <T> T capturingConsole(ByteArrayOutputStream console, Supplier<T> action) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            return action.get();
        } finally {
            System.setOut(original);
        }
    }

    private static ConfigurableApplicationContext start(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--server.port=0",
                "--shelly-manager.data-dir=" + Files.createTempDirectory("shelly-manager-first")));
        all.addAll(List.of(args));
        return ShellyManagerApplication.run(all.toArray(String[]::new));
    }

    @Test
    void theSetupCodeCreatesTheFirstAdminOnceAndThenTheSetupPageIsClosed() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context = capturingConsole(console, () -> {
            try {
                return start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })) {
            Matcher printed = Pattern.compile("setup code ([0-9a-f]{12})").matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(printed.find()).as("the console shows the setup code").isTrue();
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/setup")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            HttpResponse<String> wrong = browser.send(form(base + "/setup", "_csrf", csrf(page), "code", "000000000000",
                    "username", "first", "password", "first-admin-pw-1", "confirm", "first-admin-pw-1").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.body()).contains("setup code is wrong");
            HttpResponse<String> created = browser.send(form(base + "/setup", "_csrf", csrf(wrong.body()), "code", printed.group(1),
                    "username", "first", "password", "first-admin-pw-1", "confirm", "first-admin-pw-1").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(302);
            assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?created");

            HttpResponse<String> again = browser.send(form(base + "/setup", "_csrf", csrf(wrong.body()), "code", printed.group(1),
                    "username", "second", "password", "second-admin-pw", "confirm", "second-admin-pw").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.headers().firstValue("Location").orElseThrow()).as("the code works once").endsWith("/login");
            AccountService accounts = context.getBean(AccountService.class);
            assertThat(accounts.list()).extracting(Account::username).containsExactly("first");
        }
    }

    @Test
    void demoModePrintsAWorkingPasswordForTheDemoAdmin() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context = capturingConsole(console, () -> {
            try {
                return start("--shelly-manager.demo=true");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })) {
            Matcher printed = Pattern.compile("log in as 'demo' with password (\\S+)").matcher(console.toString(StandardCharsets.UTF_8));
            assertThat(printed.find()).as("the console shows the demo password").isTrue();
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");

            HttpResponse<String> minted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                    .header("Authorization", RunningServer.basic("demo", printed.group(1))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"demo\"}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(minted.statusCode()).isEqualTo(201);
            assertThat(context.getBean(AccountService.class).get("demo").role()).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void overTlsAnswersCarryHstsAndTheSessionCookieIsSecure() throws Exception {
        Path dir = Files.createTempDirectory("shelly-manager-tls");
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);

        try (RunningServer server = RunningServer.start(dir, "--server.ssl.key-store=" + keystore,
                "--server.ssl.key-store-password=changeit", "--server.ssl.key-store-type=PKCS12")) {
            String base = "https://127.0.0.1:" + server.bean(org.springframework.core.env.Environment.class).getProperty("local.server.port");
            HttpClient browser = HttpClient.newBuilder().sslContext(ssl).cookieHandler(new CookieManager()).build();
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));

            HttpResponse<String> signedIn = browser.send(form(base + "/login", "_csrf", csrf(login.body()),
                    "username", RunningServer.ADMIN_USER, "password", RunningServer.ADMIN_PASSWORD).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly"));
        }
    }
}
