package org.shellymanager.device.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.shellymanager.device.CertificateMismatchException;
import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceTimeoutException;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.Generation;
import org.shellymanager.device.ReplyTooLargeException;

/**
 * Sends HTTP requests to devices with the limits every call needs: connect and whole-request timeouts, a reply
 * size cap, a per-device concurrency limit and retries with back-off and jitter for idempotent reads.
 * One instance is shared by all clients of a {@code ShellyDevices}.
 */
public final class HttpTransport implements AutoCloseable {

    private final ClientOptions options;
    private final HttpClient plain;
    private final HttpClient pinned;
    private final DeviceLimiter limiter = new DeviceLimiter();

    public HttpTransport(ClientOptions options) {
        this.options = options;
        this.plain = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.pinned = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(pinningContext(options.pinStore()))
                .sslParameters(new SSLParameters())
                .build();
    }

    private static SSLContext pinningContext(CertificatePinStore store) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinningTrustManager(store)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    public ClientOptions options() {
        return options;
    }

    public boolean isHttps(DeviceAddress address) {
        return options.httpsPorts().contains(address.port());
    }

    /** The client for this address (the pinning one for HTTPS ports), also used to open WebSockets. */
    public HttpClient clientFor(DeviceAddress address) {
        return isHttps(address) ? pinned : plain;
    }

    /** {@code http://host:port}, {@code https://...}, or the {@code ws}/{@code wss} form. */
    public URI baseUri(DeviceAddress address, boolean webSocket) {
        String scheme = isHttps(address) ? (webSocket ? "wss" : "https") : (webSocket ? "ws" : "http");
        return URI.create(scheme + "://" + address.uriHost() + ":" + address.port());
    }

    /** Sends a call, holding one of the device's request slots, retrying idempotent calls on transport failures. */
    public HttpReply send(DeviceAddress address, Generation generation, HttpCall call) {
        Duration slotWait = options.requestTimeout().plus(options.connectTimeout()).multipliedBy(4);
        int attempts = call.idempotent() ? options.retries() + 1 : 1;
        for (int attempt = 1; ; attempt++) {
            try (DeviceLimiter.Slot slot = limiter.acquire(address, options.concurrencyFor(generation), slotWait)) {
                return sendOnce(address, call);
            } catch (DeviceUnreachableException | DeviceTimeoutException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            }
            pause(backoff(options.retryBackoff(), attempt), address);
        }
    }

    /** The wait before retry number {@code attempt}: base × 2^(attempt-1) plus up to 50% jitter. */
    static Duration backoff(Duration base, int attempt) {
        long millis = base.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    /** Sleeps for a back-off; an interrupt ends the wait as a timeout so callers never get null. */
    public static void pause(Duration duration, DeviceAddress address) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(address, "interrupted during back-off", e);
        }
    }

    private HttpReply sendOnce(DeviceAddress address, HttpCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri(address, false).resolve(call.pathAndQuery()))
                .timeout(options.requestTimeout())
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(builder::header);
        CompletableFuture<HttpResponse<byte[]>> future = clientFor(address)
                .sendAsync(builder.build(), BoundedBodySubscriber.handler(options.maxReplyBytes()));
        try {
            HttpResponse<byte[]> response = future.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new HttpReply(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DeviceTimeoutException(address, "no complete reply within " + options.requestTimeout(), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeviceTimeoutException(address, "interrupted while waiting for the reply", e);
        } catch (ExecutionException | CancellationException e) {
            throw translate(address, e.getCause() == null ? e : e.getCause());
        }
    }

    /** Maps a failure from the JDK client onto our small set of exception types. */
    public static DeviceException translate(DeviceAddress address, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBodySubscriber.CapExceeded) {
                return new ReplyTooLargeException(address, cause.getMessage(), cause);
            }
            if (cause instanceof PinningTrustManager.PinMismatch) {
                return new CertificateMismatchException(address, cause.getMessage(), cause);
            }
            if (cause instanceof HttpTimeoutException) {
                return new DeviceTimeoutException(address, "timed out: " + cause.getMessage(), cause);
            }
            if (cause instanceof DeviceException deviceException) {
                return deviceException;
            }
        }
        if (failure instanceof IOException || failure instanceof CancellationException) {
            return new DeviceUnreachableException(address, String.valueOf(failure.getMessage()), failure);
        }
        return new DeviceUnreachableException(address, failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
    }

    @Override
    public void close() {
        plain.close();
        pinned.close();
    }
}
