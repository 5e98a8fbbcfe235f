package org.shellymanager.manager.discovery;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.shellymanager.device.Credentials;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobView;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/discovery/scans")
class DiscoveryController {

    private final DiscoveryService discovery;
    private final JobService jobs;

    DiscoveryController(DiscoveryService discovery, JobService jobs) {
        this.discovery = discovery;
        this.jobs = jobs;
    }

    /** Starts a scan and answers 202 with its job; follow it at {@code /api/v1/jobs/{id}}. */
    @PostMapping
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<JobView> start(@Valid @RequestBody ScanRequest request) {
        if (request.targets().isEmpty() && !request.mdns()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "The request has invalid fields: targets must not be "
                    + "empty unless mdns is true", Map.of("errors", List.of(Map.of("field", "targets",
                    "message", "must not be empty unless mdns is true"))));
        }
        Job job = discovery.start(request.targets(), request.mdns(), request.credentials(), "api", null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/jobs/" + job.id()).body(JobView.of(job));
    }

    @GetMapping("/{jobId}/results")
    @RequiresRole(Role.VIEWER)
    Page<JobResult> results(@PathVariable String jobId, @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        if (!(jobs.get(jobId).kind() instanceof JobKind.Discovery)) {
            throw new ManagerException(ErrorCode.JOB_NOT_FOUND, "Job " + jobId + " is not a discovery scan.");
        }
        return jobs.results(jobId, page, size);
    }

    /**
     * The ranges to scan, whether to add the candidates of an mDNS browse (then the ranges may be empty), and
     * optionally a login to try on devices that ask for one.
     */
    record ScanRequest(@Size(max = 256) List<String> targets, Boolean mdns, Credentials credentials) {

        ScanRequest {
            targets = targets == null ? List.of() : targets;
            mdns = mdns != null && mdns;
        }
    }
}
