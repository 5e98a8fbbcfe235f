package org.shellymanager.manager.discovery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.RunSchedule;
import org.shellymanager.manager.security.AuditEvent;
import org.shellymanager.manager.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts discovery of each enabled network whose schedule is due, measured from its last run (or its creation).
 * A network whose previous scan is still running is not started twice.
 */
@Component
class ScheduledDiscovery {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDiscovery.class);

    private final NetworkService networks;
    private final DiscoveryService discovery;
    private final JobService jobs;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, String> lastJobByNetwork = new ConcurrentHashMap<>();

    ScheduledDiscovery(NetworkService networks, DiscoveryService discovery, JobService jobs, AuditLog audit, Clock clock) {
        this.networks = networks;
        this.audit = audit;
        this.discovery = discovery;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shelly-manager.discovery.schedule-check:30s}", initialDelayString = "${shelly-manager.discovery.schedule-check:30s}")
    void tick() {
        Instant now = clock.instant();
        for (Network network : networks.list()) {
            if (network.enabled() && network.schedule() != null && due(network, now) && !stillRunning(network)) {
                audit.system("discovery.scheduled", "network " + network.name() + ", job " + runNow(network).id(),
                        AuditEvent.Result.SUCCEEDED);
            }
        }
    }

    /** Starts discovery of the network now, whatever its schedule. */
    Job runNow(Network network) {
        Job job = discovery.start(network, "schedule:" + network.name());
        networks.markRun(network.id());
        lastJobByNetwork.put(network.id(), job.id());
        return job;
    }

    private boolean due(Network network, Instant now) {
        try {
            Instant base = network.lastRunAt() != null ? network.lastRunAt() : network.createdAt();
            return !RunSchedule.parse(network.schedule(), ErrorCode.NETWORK_SCHEDULE_INVALID).next(base, ZoneId.systemDefault()).isAfter(now);
        } catch (ManagerException e) {
            log.warn("network '{}' has an invalid schedule and is skipped: {}", network.name(), e.getMessage());
            return false;
        }
    }

    private boolean stillRunning(Network network) {
        String jobId = lastJobByNetwork.get(network.id());
        return jobId != null && jobs.find(jobId).map(job -> !job.state().finished()).orElse(false);
    }
}
