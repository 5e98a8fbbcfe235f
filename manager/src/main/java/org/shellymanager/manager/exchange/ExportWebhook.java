package org.shellymanager.manager.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PreDestroy;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.JdbcSettingStore;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.OutboundUrlGuard;
import org.shellymanager.manager.security.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The optional webhook called when an export completes: a POST of the {@link ExportEvent} as JSON, signed with
 * HMAC-SHA256 of the body under the shared secret when one is set ({@code X-Shelly-Manager-Signature:
 * sha256=<hex>}). The URL passes the {@link OutboundUrlGuard} when it is set and again before every call; the
 * secret is stored sealed. Calls run in the background with a timeout and never fail the export: the answer is
 * handed back to be recorded.
 */
@Service
public class ExportWebhook {

    public static final String SIGNATURE_HEADER = "X-Shelly-Manager-Signature";
    static final String URL_SETTING = "export.webhook.url";
    static final String SECRET_SETTING = "export.webhook.secret";
    private static final Logger log = LoggerFactory.getLogger(ExportWebhook.class);

    /** The webhook as shown: its URL and whether a secret is set (never the secret). */
    public record View(String url, boolean secretSet) {
    }

    private final JdbcSettingStore settings;
    private final SecretCipher cipher;
    private final OutboundUrlGuard guard;
    private final ExportProperties properties;
    private final HttpClient http;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    ExportWebhook(JdbcSettingStore settings, SecretCipher cipher, OutboundUrlGuard guard, ExportProperties properties) {
        this.settings = settings;
        this.cipher = cipher;
        this.guard = guard;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Optional<View> find() {
        return settings.find(URL_SETTING).map(url -> new View(url, settings.find(SECRET_SETTING).isPresent()));
    }

    /**
     * Sets the webhook. @param secret the new shared secret, null to keep the one set, empty to have none
     *
     * @throws ManagerException {@code outbound.url-refused} or {@code export.webhook-invalid}
     */
    public void set(String url, String secret) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            throw new ManagerException(ErrorCode.EXPORT_WEBHOOK_INVALID, "The webhook needs a URL of at most 2048 characters.");
        }
        if (secret != null && secret.length() > 256) {
            throw new ManagerException(ErrorCode.EXPORT_WEBHOOK_INVALID, "The webhook secret may have at most 256 characters.");
        }
        guard.check(url);
        settings.put(URL_SETTING, url.strip());
        if (secret != null && secret.isEmpty()) {
            settings.remove(SECRET_SETTING);
        } else if (secret != null) {
            settings.put(SECRET_SETTING, cipher.seal(secret));
        }
        log.info("export webhook set to {} ({})", url.strip(), settings.find(SECRET_SETTING).isPresent() ? "signed" : "unsigned");
    }

    public void remove() {
        settings.remove(URL_SETTING);
        settings.remove(SECRET_SETTING);
        log.info("export webhook removed");
    }

    /** Calls the webhook, if one is set, in the background; {@code answered} receives the result to record. */
    void completed(ExportEvent event, Consumer<String> answered) {
        Optional<String> url = settings.find(URL_SETTING);
        if (url.isEmpty()) {
            return;
        }
        Optional<String> sealed = settings.find(SECRET_SETTING);
        byte[] body = Parsers.JSON.writeValueAsBytes(event);
        calls.submit(() -> {
            String result = call(url.get(), sealed, body);
            log.info("export webhook {} for {} {}: {}", url.get(), event.exporter(), event.status(), result);
            try {
                answered.accept(result);
            } catch (RuntimeException e) {
                log.warn("the export webhook's answer could not be recorded", e);
            }
        });
    }

    private String call(String url, Optional<String> sealed, byte[] body) {
        try {
            URI target = guard.check(url);
            Optional<String> secret;
            try {
                secret = sealed.map(cipher::open);
            } catch (IllegalArgumentException e) {
                return "failed: the stored webhook secret does not open with the server's key; set it again";
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(properties.webhookTimeout())
                    .header("Content-Type", "application/json").header("User-Agent", "shelly-manager")
                    .header("X-Shelly-Manager-Event", ExportEvent.COMPLETED)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            secret.ifPresent(key -> request.header(SIGNATURE_HEADER, "sha256=" + hmac(key, body)));
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return (response.statusCode() / 100 == 2 ? "delivered: HTTP " : "failed: HTTP ") + response.statusCode();
        } catch (ManagerException e) {
            return "failed: " + e.getMessage();
        } catch (HttpTimeoutException e) {
            return "failed: no answer within " + properties.webhookTimeout().toSeconds() + " s";
        } catch (IOException e) {
            return "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "failed: interrupted";
        }
    }

    /** The hex HMAC-SHA256 of the body under the secret, as the signature header carries it. */
    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @PreDestroy
    void stop() {
        calls.shutdown();
    }
}
