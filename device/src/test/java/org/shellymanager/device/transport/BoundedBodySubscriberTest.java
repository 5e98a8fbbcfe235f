package org.shellymanager.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class BoundedBodySubscriberTest {

    private static final class Subscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static byte[] receive(BoundedBodySubscriber subscriber, String... parts) throws Exception {
        subscriber.onSubscribe(new Subscription());
        for (String part : parts) {
            subscriber.onNext(List.of(ByteBuffer.wrap(part.getBytes(StandardCharsets.UTF_8))));
        }
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().get();
    }

    @Test
    void collectsABodyOfTheDeclaredLength() throws Exception {
        assertThat(receive(new BoundedBodySubscriber(1024, 11), "hello", " world")).asString().isEqualTo("hello world");
    }

    @Test
    void collectsMoreOrLessThanTheDeclaredLength() throws Exception {
        assertThat(receive(new BoundedBodySubscriber(1024, 3), "hello", " world")).asString().isEqualTo("hello world");
        assertThat(receive(new BoundedBodySubscriber(1024, 500), "hi")).asString().isEqualTo("hi");
    }

    @Test
    void growsABodyOfUnknownLengthPastItsFirstArray() throws Exception {
        String part = "x".repeat(700);
        assertThat(receive(new BoundedBodySubscriber(100_000, -1), part, part, part)).hasSize(2100);
    }

    @Test
    void collectsAnEmptyBody() throws Exception {
        assertThat(receive(new BoundedBodySubscriber(1024, 0))).isEmpty();
    }

    @Test
    void cancelsAndFailsAsSoonAsTheCapIsPassed() {
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(1024, Long.MAX_VALUE);
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[1000])));
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[25])));

        assertThat(subscription.cancelled).isTrue();
        assertThatThrownBy(() -> subscriber.getBody().toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(BoundedBodySubscriber.CapExceeded.class);
    }
}
