package org.shellymanager.manager.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.telemetry.HistoryService;
import org.springframework.stereotype.Component;

/**
 * What happened to one device, for its page: its state changes and drift since the server started, its input
 * events of the last {@link #INPUT_WINDOW} from history, and the jobs that worked on it.
 */
@Component
class DeviceActivity {

    static final int SHOWN = 15;
    static final Duration INPUT_WINDOW = Duration.ofHours(24);

    private final FleetEvents events;
    private final HistoryService history;
    private final JobService jobs;
    private final Clock clock;

    DeviceActivity(FleetEvents events, HistoryService history, JobService jobs, Clock clock) {
        this.events = events;
        this.history = history;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The device's newest events, newest first. */
    List<FleetEvent> events(String deviceId) {
        Instant now = clock.instant();
        List<FleetEvent> all = new ArrayList<>(events.ofDevice(deviceId, SHOWN));
        history.events(deviceId, now.minus(INPUT_WINDOW), now.plusMillis(1), null).events().reversed().stream()
                .limit(SHOWN)
                .map(input -> new FleetEvent(input.at(), deviceId, "input", input.channel() + ": " + input.event()))
                .forEach(all::add);
        return all.stream().sorted(Comparator.comparing(FleetEvent::at).reversed()).limit(SHOWN).toList();
    }

    /** The newest jobs with a result for the device, newest first. */
    List<Job> jobs(String deviceId) {
        return jobs.forDevice(deviceId, SHOWN);
    }
}
