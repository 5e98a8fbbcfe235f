package org.shellymanager.manager.firmware;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobState;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staged firmware rollouts: preview the wave plan, start, follow, pause, resume, cancel. */
@RestController
@RequestMapping("/api/v1/firmware/rollouts")
class RolloutController {

    private final RolloutService rollouts;
    private final JobService jobs;
    private final FirmwareProperties properties;
    private final Clock clock;

    RolloutController(RolloutService rollouts, JobService jobs, FirmwareProperties properties, Clock clock) {
        this.rollouts = rollouts;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** The waves and devices the request would give, and which selected devices it leaves out; starts nothing. */
    @PostMapping("/plan")
    @RequiresRole(Role.OPERATOR)
    RolloutPlan plan(@Valid @RequestBody RolloutRequest request) {
        return rollouts.plan(request);
    }

    /** Starts a rollout and answers 202; its id is also its job's id ({@code /api/v1/jobs/{id}}). */
    @PostMapping
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<RolloutView> create(@Valid @RequestBody RolloutRequest request) {
        Rollout rollout = rollouts.create(request, "api");
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/firmware/rollouts/" + rollout.id())
                .body(view(rollout, false));
    }

    @GetMapping
    @RequiresRole(Role.VIEWER)
    List<RolloutView> list() {
        return rollouts.list().stream().map(r -> view(r, false)).toList();
    }

    @GetMapping("/{id}")
    @RequiresRole(Role.VIEWER)
    RolloutView get(@PathVariable String id) {
        return view(rollouts.get(id), true);
    }

    @PostMapping("/{id}/pause")
    @RequiresRole(Role.OPERATOR)
    RolloutView pause(@PathVariable String id) {
        return view(rollouts.pause(id), false);
    }

    @PostMapping("/{id}/resume")
    @RequiresRole(Role.OPERATOR)
    RolloutView resume(@PathVariable String id) {
        return view(rollouts.resume(id), false);
    }

    @PostMapping("/{id}/cancel")
    @RequiresRole(Role.OPERATOR)
    RolloutView cancel(@PathVariable String id) {
        return view(rollouts.cancel(id), false);
    }

    private RolloutView view(Rollout rollout, boolean withDevices) {
        JobState jobState = jobs.find(rollout.id()).map(job -> job.state()).orElse(null);
        return RolloutView.of(rollout, rollouts.devices(rollout.id()), jobState,
                properties.window().contains(clock.instant()), withDevices);
    }
}
