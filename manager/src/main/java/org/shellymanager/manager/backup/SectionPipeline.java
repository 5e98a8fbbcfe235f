package org.shellymanager.manager.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads a section on a thread of its own while the calling thread consumes it: the reader decompresses and decodes
 * rows into batches, handed over through a short queue so that memory stays small, and the caller gives them to its
 * sink in order. A failure on either side ends both: an error of the reader is thrown on the calling thread as it
 * was raised, and a failure of the sink stops the reader before it is thrown. No thread outlives {@link #run}.
 */
final class SectionPipeline {

    /** Rows per batch handed over. */
    static final int BATCH = 5000;
    /** Batches decoded ahead of the sink. */
    private static final int AHEAD = 3;

    private sealed interface Step {
    }

    private record Table(String name, List<String> columns, boolean clear) implements Step {
    }

    private record Rows(List<List<Object>> rows) implements Step {
    }

    private record End() implements Step {
    }

    private record Failed(Throwable error) implements Step {
    }

    /** Thrown on the reader thread once the sink has given up, to end its reading. */
    private static final class Abandoned extends RuntimeException {

        Abandoned() {
            super("the section is no longer read", null, false, false);
        }
    }

    private final BlockingQueue<Step> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean abandoned;

    private SectionPipeline() {
    }

    /** Runs {@code read} (which hands a section to the sink it is given) on a reader thread and feeds {@code sink} here. */
    static void run(String section, Consumer<ArchiveReader.RowSink> read, ArchiveReader.RowSink sink) {
        new SectionPipeline().pump(section, read, sink);
    }

    private void pump(String section, Consumer<ArchiveReader.RowSink> read, ArchiveReader.RowSink sink) {
        Thread reader = Thread.ofPlatform().name("restore-reader-" + section).daemon().unstarted(() -> produce(read));
        reader.start();
        boolean done = false;
        try {
            while (!done) {
                switch (take()) {
                    case Table table -> sink.table(table.name(), table.columns(), table.clear());
                    case Rows rows -> rows.rows().forEach(sink::row);
                    case Failed failed -> throw unchecked(failed.error());
                    case End end -> done = true;
                }
            }
        } finally {
            if (!done) {
                abandoned = true;
                queue.clear();
            }
            joinUninterruptibly(reader);
        }
    }

    private void produce(Consumer<ArchiveReader.RowSink> read) {
        Batching batching = new Batching();
        try {
            read.accept(batching);
            batching.flush();
            hand(new End());
        } catch (Abandoned e) {
            // the sink failed and its error is being thrown on the calling thread
        } catch (Throwable e) {
            try {
                hand(new Failed(e));
            } catch (Abandoned ignored) {
                // the calling thread has already given up
            }
        }
    }

    /** Puts a step on the queue unless the sink has given up; a put blocked on a full queue is freed by its clearing. */
    private void hand(Step step) {
        if (abandoned) {
            throw new Abandoned();
        }
        try {
            queue.put(step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private Step take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the restore was interrupted", e);
        }
    }

    /** The reader's error as it was raised; an {@link Error} is thrown as it is. */
    private static RuntimeException unchecked(Throwable error) {
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reader's sink: gathers rows into batches, and hands a table's header after the rows before it. */
    private final class Batching implements ArchiveReader.RowSink {

        private List<List<Object>> rows = new ArrayList<>(BATCH);

        @Override
        public void table(String name, List<String> columns, boolean clear) {
            flush();
            hand(new Table(name, columns, clear));
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                hand(new Rows(rows));
                rows = new ArrayList<>(BATCH);
            }
        }
    }
}
