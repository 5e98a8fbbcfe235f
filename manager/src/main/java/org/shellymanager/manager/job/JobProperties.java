package org.shellymanager.manager.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.jobs}.
 *
 * @param concurrency how many jobs run at once; more wait in the queue
 */
@ConfigurationProperties("shelly-manager.jobs")
public record JobProperties(@DefaultValue("2") int concurrency) {

    public JobProperties {
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("shelly-manager.jobs.concurrency must be from 1 to 64, was " + concurrency);
        }
    }
}
