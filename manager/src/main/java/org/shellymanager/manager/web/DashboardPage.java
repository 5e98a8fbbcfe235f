package org.shellymanager.manager.web;

import java.util.Map;

import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The dashboard: the fleet at a glance, with live counts, power and energy, events and jobs. */
@Controller
@RequiresRole(Role.VIEWER)
class DashboardPage {

    private final FleetOverview overview;
    private final LiveStreams live;
    private final FragmentRenderer fragments;

    DashboardPage(FleetOverview overview, LiveStreams live, FragmentRenderer fragments) {
        this.overview = overview;
        this.live = live;
        this.fragments = fragments;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAllAttributes(liveModel());
        model.addAttribute("recentJobs", overview.recentJobs());
        return "dashboard";
    }

    @GetMapping(path = "/live/dashboard", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter liveDashboard() {
        return live.open(() -> fragments.render("dashboard", "live", liveModel()));
    }

    private Map<String, Object> liveModel() {
        return Map.of("counts", overview.counts(), "activeJobs", overview.activeJobs(), "events", overview.recentEvents());
    }
}
