package org.shellymanager.device.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a reply body, counting bytes as they arrive, and gives up as soon as the cap is passed. The body is
 * copied once, into an array sized by {@code Content-Length} when the reply gives one; a declared length is not
 * trusted beyond {@value #MAX_PRESIZE} bytes, so a device that claims a large body and sends none costs little.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** Raised inside the HTTP client when a reply passes the cap; the transport turns it into a typed error. */
    static final class CapExceeded extends IOException {
        CapExceeded(int cap) {
            super("reply larger than " + cap + " bytes");
        }
    }

    /** The first array when the reply does not say its length; it grows by doubling. */
    private static final int UNKNOWN_LENGTH_START = 1024;
    private static final int MAX_PRESIZE = 64 * 1024;

    private final int cap;
    private byte[] body;
    private int size;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBodySubscriber(int cap, long declaredLength) {
        this.cap = cap;
        this.body = new byte[(int) Math.min(Math.min(cap, MAX_PRESIZE), declaredLength >= 0 ? declaredLength : UNKNOWN_LENGTH_START)];
    }

    static HttpResponse.BodyHandler<byte[]> handler(int cap) {
        return info -> new BoundedBodySubscriber(cap, declaredLength(info));
    }

    /** The {@code Content-Length} the reply declares, or -1 when it has none or an unreadable one. */
    private static long declaredLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            int length = item.remaining();
            if (size + length > cap) {
                subscription.cancel();
                result.completeExceptionally(new CapExceeded(cap));
                return;
            }
            if (size + length > body.length) {
                body = Arrays.copyOf(body, (int) Math.min(cap, Math.max(size + (long) length, 2L * body.length)));
            }
            item.get(body, size, length);
            size += length;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(size == body.length ? body : Arrays.copyOf(body, size));
    }
}
