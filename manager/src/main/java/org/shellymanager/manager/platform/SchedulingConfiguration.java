package org.shellymanager.manager.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Scheduled work ({@code @Scheduled}: the telemetry writer's flush, history maintenance, token last-use times, ...)
 * and the work done once the server is ready (the devices table's warm-up, moving hourly history into day blocks)
 * runs on platform threads, although requests and polls run on virtual threads. Much of it writes the database, and
 * the SQLite driver is native code: a virtual thread inside it, working or waiting up to the busy timeout for the
 * write lock, holds its carrier thread, and the server has as many carriers as cores. Two such writers were enough to
 * stall every request the server was answering until they finished.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    /** Enough that slow tasks (a backup, an export, history maintenance) do not hold up the frequent ones. */
    private static final int THREADS = 6;

    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(THREADS);
        scheduler.setThreadNamePrefix("scheduling-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(30);
        return scheduler;
    }
}
