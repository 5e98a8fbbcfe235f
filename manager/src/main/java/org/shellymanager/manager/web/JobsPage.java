package org.shellymanager.manager.web;

import java.util.Map;

import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.job.JobState;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Every job with live progress, and one job with its per-device results. */
@Controller
class JobsPage {

    static final int RESULTS_PER_PAGE = 100;

    private final JobService jobs;
    private final LiveStreams live;
    private final FragmentRenderer fragments;
    private final WebProperties properties;

    JobsPage(JobService jobs, LiveStreams live, FragmentRenderer fragments, WebProperties properties) {
        this.jobs = jobs;
        this.live = live;
        this.fragments = fragments;
        this.properties = properties;
    }

    @GetMapping("/jobs")
    @RequiresRole(Role.VIEWER)
    String jobs(@RequestParam(required = false) JobState state, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAllAttributes(listModel(state, page));
        model.addAttribute("state", state);
        model.addAttribute("states", JobState.values());
        model.addAttribute("liveUrl", "/live/jobs?page=" + Math.max(0, page) + (state == null ? "" : "&state=" + state));
        return "jobs";
    }

    @GetMapping(path = "/live/jobs", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveJobs(@RequestParam(required = false) JobState state, @RequestParam(defaultValue = "0") int page) {
        return live.open(() -> fragments.render("fragments/jobs", "job-table", Map.of("jobs", listModel(state, page).get("jobs"),
                "tableId", "jobs-table")));
    }

    @GetMapping("/jobs/{id}")
    @RequiresRole(Role.VIEWER)
    String job(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAllAttributes(jobModel(id, page));
        model.addAttribute("liveUrl", "/live/jobs/" + id + "?page=" + Math.max(0, page));
        return "job";
    }

    @GetMapping(path = "/live/jobs/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveJob(@PathVariable String id, @RequestParam(defaultValue = "0") int page) {
        jobs.get(id);
        return live.open(() -> fragments.render("job", "live", jobModel(id, page)));
    }

    @PostMapping("/jobs/{id}/cancel")
    @RequiresRole(Role.OPERATOR)
    String cancel(@PathVariable String id, Model model) {
        jobs.cancel(id);
        model.addAllAttributes(jobModel(id, 0));
        return "job :: live";
    }

    private Map<String, Object> listModel(JobState state, int page) {
        Page<Job> found = jobs.list(null, state, Math.max(0, page), properties.pageSize());
        return Map.of("jobs", found.items(), "page", found,
                "url", new PageLinks("/jobs" + (state == null ? "?" : "?state=" + state + "&")));
    }

    private Map<String, Object> jobModel(String id, int page) {
        Job job = jobs.get(id);
        Page<JobResult> results = jobs.results(id, Math.max(0, page), RESULTS_PER_PAGE);
        return Map.of("job", job, "results", results, "url", new PageLinks("/jobs/" + id + "?"));
    }

    /** Page links of a list whose address is {@code prefix} followed by {@code page=N}. */
    record PageLinks(String prefix) {

        public String page(int number) {
            return prefix + "page=" + Math.max(0, number);
        }
    }
}
