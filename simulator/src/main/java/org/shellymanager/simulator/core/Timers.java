package org.shellymanager.simulator.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One shared timer thread for the whole process; the work itself runs on virtual threads. */
public final class Timers {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "simulator-timer");
        thread.setDaemon(true);
        return thread;
    });

    private Timers() {
    }

    public static ScheduledFuture<?> after(Duration delay, Runnable task) {
        return TIMER.schedule(() -> Thread.ofVirtual().start(task), Math.max(0, delay.toMillis()),
                TimeUnit.MILLISECONDS);
    }
}
