package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoundedBufferTest {

    @Test
    void pastTheLimitTheOldestAreDroppedAndCounted() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
        buffer.addAll(List.of(1, 2));
        buffer.addAll(List.of(3, 4, 5));

        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(buffer.take(10)).containsExactly(3, 4, 5);
    }

    @Test
    void takenItemsPutBackAreTheOldestAgainAndGoFirstWhenFull() {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(4);
        buffer.addAll(List.of(1, 2, 3));
        List<Integer> taken = buffer.take(2);
        buffer.addAll(List.of(4, 5));

        buffer.putBack(taken);

        assertThat(buffer.dropped()).as("1 is the oldest and the buffer holds four").isEqualTo(1);
        assertThat(buffer.take(2)).containsExactly(2, 3);
        assertThat(buffer.take(5)).containsExactly(4, 5);
        assertThat(buffer.size()).isZero();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new BoundedBuffer<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
