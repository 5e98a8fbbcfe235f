package org.shellymanager.device;

import java.time.Duration;
import java.util.Set;
import org.shellymanager.device.transport.CertificatePinStore;
import org.shellymanager.device.transport.InMemoryCertificatePinStore;

/**
 * How the library talks to devices. Start from {@link #defaults()} and change what you need with the
 * {@code with*} methods.
 *
 * @param connectTimeout      how long to wait for a TCP (and TLS) connection
 * @param requestTimeout      how long one request may take from sending to the last byte of the reply
 * @param maxReplyBytes       replies longer than this are cut off with {@link ReplyTooLargeException}
 * @param retries             extra attempts for idempotent reads after a timeout or unreachable device
 * @param retryBackoff        the first back-off between attempts; doubled per attempt, plus up to 50% jitter
 * @param busyBackoff         how long to wait when a device answers 429 (no free nonce slot; devices need 2 s)
 * @param gen1Concurrency     requests in flight to one Gen1 device at most
 * @param rpcConcurrency      requests in flight to one Gen2+ device at most
 * @param httpsPorts          ports spoken to with HTTPS (certificate pinned on first use); all others use HTTP
 * @param pinStore            where certificate pins are kept
 * @param reconnectBackoffMax the longest wait between WebSocket reconnect attempts
 */
public record ClientOptions(Duration connectTimeout, Duration requestTimeout, int maxReplyBytes, int retries,
                            Duration retryBackoff, Duration busyBackoff, int gen1Concurrency, int rpcConcurrency,
                            Set<Integer> httpsPorts, CertificatePinStore pinStore, Duration reconnectBackoffMax) {

    public ClientOptions {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(retryBackoff, "retryBackoff");
        requirePositive(busyBackoff, "busyBackoff");
        requirePositive(reconnectBackoffMax, "reconnectBackoffMax");
        if (maxReplyBytes < 1024) {
            throw new IllegalArgumentException("maxReplyBytes must be at least 1024, was " + maxReplyBytes);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be between 0 and 10, was " + retries);
        }
        if (gen1Concurrency < 1 || rpcConcurrency < 1) {
            throw new IllegalArgumentException("concurrency limits must be at least 1");
        }
        if (pinStore == null) {
            throw new IllegalArgumentException("pinStore is required");
        }
        httpsPorts = Set.copyOf(httpsPorts);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Connect 2 s, request 5 s, replies up to 1 MiB, 2 retries for reads, Gen1 2 and Gen2+ 5 requests at once. */
    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024, 2,
                Duration.ofMillis(200), Duration.ofMillis(2100), 2, 5, Set.of(443),
                new InMemoryCertificatePinStore(), Duration.ofSeconds(60));
    }

    public ClientOptions withConnectTimeout(Duration value) {
        return new ClientOptions(value, requestTimeout, maxReplyBytes, retries, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withRequestTimeout(Duration value) {
        return new ClientOptions(connectTimeout, value, maxReplyBytes, retries, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withMaxReplyBytes(int value) {
        return new ClientOptions(connectTimeout, requestTimeout, value, retries, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withRetries(int value) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, value, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withRetryBackoff(Duration value) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, retries, value, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withBusyBackoff(Duration value) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, retries, retryBackoff, value,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withConcurrency(int gen1, int rpc) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, retries, retryBackoff, busyBackoff,
                gen1, rpc, httpsPorts, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withHttpsPorts(Set<Integer> value) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, retries, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, value, pinStore, reconnectBackoffMax);
    }

    public ClientOptions withPinStore(CertificatePinStore value) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, retries, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, value, reconnectBackoffMax);
    }

    public ClientOptions withReconnectBackoffMax(Duration value) {
        return new ClientOptions(connectTimeout, requestTimeout, maxReplyBytes, retries, retryBackoff, busyBackoff,
                gen1Concurrency, rpcConcurrency, httpsPorts, pinStore, value);
    }

    /** The per-device request limit for a generation. */
    public int concurrencyFor(Generation generation) {
        return generation.isRpc() ? rpcConcurrency : gen1Concurrency;
    }
}
