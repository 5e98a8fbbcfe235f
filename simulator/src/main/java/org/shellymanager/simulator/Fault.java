package org.shellymanager.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Misbehaviour injected into one device at run time with {@link SimulatedDevice#injectFault(Fault)} and removed
 * with {@link SimulatedDevice#clearFaults()}. Several faults can be active at once.
 */
public sealed interface Fault {

    /** Every answer is held back this long before it is written. */
    record Latency(Duration delay) implements Fault {
        public Latency {
            Objects.requireNonNull(delay);
        }
    }

    /** The request is read and never answered; the connection stays open until the client gives up. */
    record NoAnswer() implements Fault { }

    /** Nothing listens at the device address: connections are refused. */
    record Refused() implements Fault { }

    /** The connection is reset (TCP RST via {@code SO_LINGER 0}) after the request is read. */
    record Reset() implements Fault { }

    /** Every HTTP request gets {@code 500 Internal Server Error}. */
    record ServerError() implements Fault { }

    /** The body is not valid JSON (a broken object). */
    record MalformedJson() implements Fault { }

    /** The head promises the whole body, half of it is sent, then the connection closes. */
    record TruncatedJson() implements Fault { }

    /** The response is written one byte at a time with this pause between bytes. */
    record SlowDrip(Duration perByte) implements Fault {
        public SlowDrip {
            Objects.requireNonNull(perByte);
        }
    }

    /** The JSON body is padded with leading white space to this many bytes (still valid JSON). */
    record OversizedBody(int bytes) implements Fault {
        public OversizedBody {
            if (bytes <= 0) {
                throw new IllegalArgumentException("bytes must be positive");
            }
        }
    }

    /** The device reboots by itself at random, on average once per interval. */
    record RandomReboots(Duration meanInterval) implements Fault {
        public RandomReboots {
            if (meanInterval.isNegative() || meanInterval.isZero()) {
                throw new IllegalArgumentException("meanInterval must be positive");
            }
        }
    }

    /** The device is reachable for {@code online}, then resets every connection for {@code offline}, and so on. */
    record Flapping(Duration online, Duration offline) implements Fault {
        public Flapping {
            if (online.isNegative() || online.isZero() || offline.isNegative() || offline.isZero()) {
                throw new IllegalArgumentException("online and offline must be positive");
            }
        }
    }

    /** The device no longer accepts its configured password (as if it had been changed on the device). */
    record WrongCredentials() implements Fault { }

    /** Every nonce slot is taken: Gen2+ answers a request for a fresh nonce with HTTP 429. */
    record NonceExhaustion() implements Fault { }

    /**
     * A Gen2+ device refuses every {@code SetConfig} that sets this field with error -103 (invalid argument) and
     * changes nothing. The field is the component key and the top-level config field: {@code switch:0.auto_off},
     * {@code sys.sntp}, {@code wifi.ap}.
     */
    record RejectConfig(String field) implements Fault {
        public RejectConfig {
            if (field == null || !field.contains(".")) {
                throw new IllegalArgumentException("field must be <component key>.<config field>, was " + field);
            }
        }
    }
}
