package org.shellymanager.testsupport;

import java.time.Clock;
import java.time.Instant;

import org.shellymanager.manager.platform.MutableClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives a whole server the clock {@link #CLOCK} that the test moves by hand: start it with
 * {@code --spring.main.sources=org.shellymanager.testsupport.TestClock}. It lives outside the application's packages
 * so that component scanning never picks it up for other tests.
 */
public final class TestClock {

    public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    public static final String ARG = "--spring.main.sources=" + TestClock.class.getName();

    @Bean
    @Primary
    Clock manualClock() {
        return CLOCK;
    }
}
