package org.shellymanager.manager.job;

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

@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

    /** Results shown inline with a job; {@code /api/v1/discovery/scans/{id}/results} pages through all of them. */
    private static final int INLINE_RESULTS = Page.MAX_SIZE;

    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @RequiresRole(Role.VIEWER)
    Page<JobView> list(@RequestParam(required = false) String kind, @RequestParam(required = false) JobState state,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<Job> found = jobs.list(kind, state, page, size);
        return new Page<>(found.items().stream().map(JobView::of).toList(), found.total(), page, size);
    }

    @GetMapping("/{id}")
    @RequiresRole(Role.VIEWER)
    JobDetail get(@PathVariable String id) {
        return detail(jobs.get(id));
    }

    @PostMapping("/{id}/cancel")
    @RequiresRole(Role.OPERATOR)
    JobDetail cancel(@PathVariable String id) {
        return detail(jobs.cancel(id));
    }

    private JobDetail detail(Job job) {
        Page<JobResult> results = jobs.results(job.id(), 0, INLINE_RESULTS);
        return new JobDetail(job.id(), job.kind().name(), job.kind(), job.state(), job.startedBy(), job.createdAt(),
                job.startedAt(), job.finishedAt(), job.progress(), job.summary(), results.items(), results.total());
    }

    /** A job with its first results and how many results there are in all. */
    record JobDetail(String id, String kind, JobKind parameters, JobState state, String startedBy, Instant createdAt,
                     Instant startedAt, Instant finishedAt, JobProgress progress, String summary, List<JobResult> results,
                     long resultCount) {
    }
}
