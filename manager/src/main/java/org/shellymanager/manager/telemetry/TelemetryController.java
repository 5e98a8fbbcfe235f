package org.shellymanager.manager.telemetry;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Live status, watching and history. */
@RestController
@RequestMapping("/api/v1")
class TelemetryController {

    private final TelemetryService telemetry;
    private final HistoryService history;

    TelemetryController(TelemetryService telemetry, HistoryService history) {
        this.telemetry = telemetry;
        this.history = history;
    }

    @GetMapping("/telemetry")
    @RequiresRole(Role.VIEWER)
    TelemetryService.Summary summary() {
        return telemetry.summary();
    }

    /** The latest status of every device, by device id; {@code state} filters. */
    @GetMapping("/telemetry/status")
    @RequiresRole(Role.VIEWER)
    Page<LatestStatus> all(@RequestParam(required = false) DeviceState state,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        List<LatestStatus> all = telemetry.all().stream().filter(s -> state == null || s.state() == state).toList();
        int from = (int) Math.min(all.size(), Page.offset(page, size));
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
    }

    @GetMapping("/devices/{id}/status")
    @RequiresRole(Role.VIEWER)
    LatestStatus status(@PathVariable String id) {
        return telemetry.get(id);
    }

    /** Polls the device now and answers with what it said (or how it failed). */
    @PostMapping("/devices/{id}/status/refresh")
    @RequiresRole(Role.VIEWER)
    LatestStatus refresh(@PathVariable String id) {
        return telemetry.refresh(id);
    }

    /** Someone is looking at this device: poll it now and often for a while. Call again to keep watching. */
    @PostMapping("/devices/{id}/watch")
    @RequiresRole(Role.VIEWER)
    LatestStatus watch(@PathVariable String id) {
        return telemetry.watch(id);
    }

    @GetMapping("/devices/{id}/history")
    @RequiresRole(Role.VIEWER)
    HistoryService.Series history(@PathVariable String id, @RequestParam Instant from, @RequestParam Instant to,
                                  @RequestParam(defaultValue = "auto") String resolution,
                                  @RequestParam(required = false) String channel,
                                  @RequestParam(required = false) String metric) {
        return history.series(id, from, to, resolution, channel, metric);
    }

    /** Button pushes and other input events, oldest first. */
    @GetMapping("/devices/{id}/events")
    @RequiresRole(Role.VIEWER)
    HistoryService.Events events(@PathVariable String id, @RequestParam Instant from, @RequestParam Instant to,
                                 @RequestParam(required = false) String channel) {
        return history.events(id, from, to, channel);
    }

    /** Energy per day, week or month of one device, a tag, a room, or the whole fleet. */
    @GetMapping("/energy")
    @RequiresRole(Role.VIEWER)
    HistoryService.EnergyReport energy(@RequestParam(required = false) String deviceId,
                                       @RequestParam(required = false) String tag,
                                       @RequestParam(required = false) String room,
                                       @RequestParam Instant from, @RequestParam Instant to,
                                       @RequestParam(defaultValue = "day") String period,
                                       @RequestParam(required = false) String zone) {
        return history.energy(deviceId, tag, room, from, to, period, zone);
    }
}
