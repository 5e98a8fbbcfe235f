package org.shellymanager.manager.web;

import java.util.List;
import java.util.stream.Stream;

import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobState;
import org.springframework.stereotype.Component;

/** The fleet at a glance, as the dashboard shows it; every figure is a count query, so it stays fast at any size. */
@Component
class FleetOverview {

    static final int RECENT_JOBS = 8;

    private final InventoryService inventory;
    private final JobService jobs;

    FleetOverview(InventoryService inventory, JobService jobs) {
        this.inventory = inventory;
        this.jobs = jobs;
    }

    Counts counts() {
        return new Counts(count(null, null), count(true, null), count(false, null), count(null, true),
                jobs.list(null, JobState.RUNNING, 0, 1).total() + jobs.list(null, JobState.QUEUED, 0, 1).total());
    }

    List<Job> activeJobs() {
        List<Job> running = jobs.list(null, JobState.RUNNING, 0, RECENT_JOBS).items();
        List<Job> queued = jobs.list(null, JobState.QUEUED, 0, RECENT_JOBS).items();
        return Stream.concat(running.stream(), queued.stream()).limit(RECENT_JOBS).toList();
    }

    List<Job> recentJobs() {
        return jobs.list(null, null, 0, RECENT_JOBS).items();
    }

    private long count(Boolean online, Boolean needsCredentials) {
        return inventory.list(new DeviceQuery(null, null, null, null, null, online, null, needsCredentials, null, 0, 1)).total();
    }

    /** Devices in all, online, offline, needing credentials; jobs running or queued. */
    record Counts(long devices, long online, long offline, long needsCredentials, long activeJobs) {
    }
}
