package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class SectionPipelineTest {

    private static final int ROWS = 10 * SectionPipeline.BATCH + 7;

    private final AtomicReference<Thread> reader = new AtomicReference<>();
    private final AtomicInteger decoded = new AtomicInteger();

    /** Hands two tables, the first with {@link #ROWS} rows, noting its thread and how many rows it decoded. */
    private void twoTables(ArchiveReader.RowSink sink, RuntimeException failure) {
        reader.set(Thread.currentThread());
        sink.table("a", List.of("n:integer"), false);
        for (long i = 0; i < ROWS; i++) {
            sink.row(List.of(i));
            decoded.incrementAndGet();
        }
        if (failure != null) {
            throw failure;
        }
        sink.table("b", List.of("n:integer"), true);
        sink.row(List.of(-1L));
    }

    @Test
    void theSinkGetsEveryTableAndRowInOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<String> seen = new ArrayList<>();
        SectionPipeline.run("s", sink -> twoTables(sink, null), new ArchiveReader.RowSink() {
            @Override
            public void table(String name, List<String> columns, boolean clear) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                seen.add(name + columns + clear);
            }

            @Override
            public void row(List<Object> values) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                seen.add(String.valueOf(values.getFirst()));
            }
        });

        assertThat(seen).hasSize(ROWS + 3).startsWith("a[n:integer]false", "0", "1").endsWith(String.valueOf(ROWS - 1),
                "b[n:integer]true", "-1");
        assertThat(reader.get()).isNotSameAs(caller);
        assertThat(reader.get().isAlive()).isFalse();
    }

    @Test
    void anErrorOfTheReaderIsThrownOnTheCallingThreadAsRaised() {
        RuntimeException damaged = ArchiveReader.corrupt("a damaged row");
        AtomicInteger consumed = new AtomicInteger();

        assertThatThrownBy(() -> SectionPipeline.run("s", sink -> twoTables(sink, damaged), counting(consumed, Integer.MAX_VALUE)))
                .isSameAs(damaged);
        assertThat(consumed.get()).isPositive();
        assertThat(reader.get().isAlive()).isFalse();
    }

    @Test
    void aFailureOfTheSinkStopsTheReaderWhileItWaitsOnAFullQueue() {
        AtomicInteger consumed = new AtomicInteger();

        assertThatThrownBy(() -> SectionPipeline.run("s", sink -> twoTables(sink, null), counting(consumed, 3)))
                .hasMessage("refused row 3");
        assertThat(reader.get().isAlive()).isFalse();
        assertThat(decoded.get()).isLessThan(ROWS);
    }

    /** A sink that counts rows and refuses the one at {@code refused} (counted from 0). */
    private static ArchiveReader.RowSink counting(AtomicInteger consumed, int refused) {
        return new ArchiveReader.RowSink() {
            @Override
            public void table(String name, List<String> columns, boolean clear) {
            }

            @Override
            public void row(List<Object> values) {
                if (consumed.get() == refused) {
                    throw new IllegalStateException("refused row " + refused);
                }
                consumed.incrementAndGet();
            }
        };
    }
}
