package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shellymanager.device.model.DeviceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records what polls and pushes tell: the target's state machine, history samples (at most one per sample interval,
 * energy as differences of the counters), input events, and the latest status for the database; state changes are
 * published.
 */
@Component
class StatusRecorder {

    private static final Logger log = LoggerFactory.getLogger(StatusRecorder.class);

    private final TelemetryWriter writer;
    private final ApplicationEventPublisher events;
    private final TelemetryProperties properties;
    private final Clock clock;

    StatusRecorder(TelemetryWriter writer, ApplicationEventPublisher events, TelemetryProperties properties, Clock clock) {
        this.writer = writer;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    void answered(PollTarget target, DeviceStatus status, String via) {
        Instant now = clock.instant();
        List<Reading> readings = Readings.of(status);
        List<Sample> samples = new ArrayList<>();
        Optional<DeviceStateChanged> change;
        synchronized (target) {
            change = target.answered(status, readings, now, via);
            target.energy.count(readings);
            List<InputEvent> inputEvents = target.inputs.count(target.device().id(), status, now);
            if (properties.history().enabled()) {
                writer.events(inputEvents);
            }
            if (properties.history().enabled() && target.takeSample(now, properties.history().sampleInterval())) {
                String id = target.device().id();
                readings.stream().filter(r -> r.metric().kept()).forEach(r -> samples.add(new Sample(id, now, r)));
                target.energy.drain().forEach(r -> samples.add(new Sample(id, now, r)));
                samples.add(new Sample(id, now, new Reading(Readings.DEVICE, Metric.ONLINE, 1)));
            }
        }
        finish(target, samples, change, now);
    }

    /** Records an input event a device pushed ({@code NotifyEvent}): a button push, an input flip. */
    void event(PollTarget target, String channel, String event) {
        if (properties.history().enabled()) {
            writer.events(List.of(new InputEvent(target.device().id(), clock.instant(), channel, event, null)));
        }
    }

    void missed(PollTarget target, String reason) {
        Instant now = clock.instant();
        Optional<DeviceStateChanged> change = target.missed(now, reason, properties.offlineAfter());
        List<Sample> samples = new ArrayList<>();
        if (properties.history().enabled() && target.state() == DeviceState.OFFLINE
                && target.takeSample(now, properties.history().sampleInterval())) {
            samples.add(new Sample(target.device().id(), now, new Reading(Readings.DEVICE, Metric.ONLINE, 0)));
        }
        finish(target, samples, change, now);
    }

    private void finish(PollTarget target, List<Sample> samples, Optional<DeviceStateChanged> change, Instant now) {
        writer.samples(samples);
        writer.latest(target.view(now));
        change.ifPresent(event -> {
            log.info("device {} {} -> {} ({})", event.deviceId(), event.from(), event.to(), event.reason());
            events.publishEvent(event);
        });
    }
}
