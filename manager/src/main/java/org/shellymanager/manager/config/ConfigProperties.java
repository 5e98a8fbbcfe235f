package org.shellymanager.manager.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.config}.
 *
 * @param syncConcurrency devices a sync, drift run or password rotation works on at once
 * @param driftInterval   how often the scheduled drift run checks the whole fleet; {@code 0} turns it off
 * @param driftCheck      how often the scheduler looks whether a drift run is due
 * @param restartPolicy   what a sync does when a device says a change needs a restart, unless the request says
 * @param rollbackTries   how often a failed device is tried when putting it back to its snapshot
 * @param rollbackWait    the mean pause between those tries, drawn from half to one and a half of it (a device
 *                        that rebooted needs a moment)
 */
@ConfigurationProperties("shelly-manager.config")
public record ConfigProperties(@DefaultValue("16") int syncConcurrency, @DefaultValue("15m") Duration driftInterval,
                               @DefaultValue("10s") Duration driftCheck,
                               @DefaultValue("LATER") RestartPolicy restartPolicy, @DefaultValue("3") int rollbackTries,
                               @DefaultValue("1s") Duration rollbackWait) {

    public ConfigProperties {
        if (syncConcurrency < 1 || syncConcurrency > 1024) {
            throw new IllegalArgumentException("shelly-manager.config.sync-concurrency must be from 1 to 1024, was " + syncConcurrency);
        }
        if (driftInterval.isNegative() || rollbackTries < 1 || rollbackWait.isNegative()) {
            throw new IllegalArgumentException("shelly-manager.config: drift-interval and rollback-wait must not be "
                    + "negative, rollback-tries at least 1");
        }
    }
}
