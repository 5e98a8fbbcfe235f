package org.shellymanager.manager.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager.export}.
 *
 * @param scheduleCheck  how often export schedules are checked for a run that is due
 * @param webhookTimeout how long the completion webhook may take, connecting and answering, before it counts as failed
 */
@ConfigurationProperties("shelly-manager.export")
public record ExportProperties(@DefaultValue("30s") Duration scheduleCheck, @DefaultValue("10s") Duration webhookTimeout) {

    public ExportProperties {
        if (scheduleCheck.isNegative() || scheduleCheck.isZero() || webhookTimeout.isNegative() || webhookTimeout.isZero()) {
            throw new IllegalArgumentException("shelly-manager.export.schedule-check and webhook-timeout must be positive "
                    + "durations such as 30s");
        }
    }
}
