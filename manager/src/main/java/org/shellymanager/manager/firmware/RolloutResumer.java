package org.shellymanager.manager.firmware;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start-up, takes up every rollout the previous run of the server left unfinished, under its own job id. */
@Component
class RolloutResumer {

    private static final Logger log = LoggerFactory.getLogger(RolloutResumer.class);

    private final RolloutService rollouts;
    private final JdbcRolloutStore store;

    RolloutResumer(RolloutService rollouts, JdbcRolloutStore store) {
        this.rollouts = rollouts;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (Rollout rollout : store.unfinished()) {
            log.info("resuming rollout {} '{}' ({}, wave {})", rollout.id(), rollout.name(), rollout.state(),
                    rollout.currentWave());
            rollouts.restartIfIdle(rollout);
        }
    }
}
