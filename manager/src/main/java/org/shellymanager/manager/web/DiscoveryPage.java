package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.device.Credentials;
import org.shellymanager.manager.discovery.DiscoveryService;
import org.shellymanager.manager.discovery.Network;
import org.shellymanager.manager.discovery.NetworkService;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobKind;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
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

/**
 * Discovery: networks, a scan now with live progress, and its results (new, moved, needing credentials) with
 * adoption of a protected device by its login, which rescans that one address with it.
 */
@Controller
class DiscoveryPage {

    private final DiscoveryService discovery;
    private final NetworkService networks;
    private final InventoryService inventory;
    private final JobService jobs;
    private final LiveStreams live;
    private final FragmentRenderer fragments;

    DiscoveryPage(DiscoveryService discovery, NetworkService networks, InventoryService inventory, JobService jobs,
                  LiveStreams live, FragmentRenderer fragments) {
        this.discovery = discovery;
        this.networks = networks;
        this.inventory = inventory;
        this.jobs = jobs;
        this.live = live;
        this.fragments = fragments;
    }

    @GetMapping("/discovery")
    @RequiresRole(Role.VIEWER)
    String discovery(Model model) {
        model.addAttribute("networks", networks.list());
        model.addAttribute("scans", jobs.list(JobKind.Discovery.NAME, null, 0, 10).items());
        return "discovery";
    }

    @PostMapping("/discovery/scan")
    @RequiresRole(Role.OPERATOR)
    String scan(@RequestParam(defaultValue = "") String targets, @RequestParam(defaultValue = "false") boolean mdns,
                @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                Principal principal) {
        List<String> list = Arrays.stream(targets.split("[,\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (list.isEmpty() && !mdns) {
            throw new ManagerException(ErrorCode.SCAN_TARGET_INVALID, "Enter at least one address or range to scan, or browse mDNS.");
        }
        Job job = discovery.start(list, mdns, credentials(username, password), who(principal), null);
        return "redirect:/discovery/scans/" + job.id();
    }

    @PostMapping("/discovery/networks/{id}/scan")
    @RequiresRole(Role.OPERATOR)
    String scanNetwork(@PathVariable String id, Principal principal) {
        Network network = networks.get(id);
        Job job = discovery.start(network, who(principal));
        return "redirect:/discovery/scans/" + job.id();
    }

    /** Adopts a device that asks for a login: scans its address again with the login given, which keeps it if accepted. */
    @PostMapping("/discovery/adopt")
    @RequiresRole(Role.ADMIN)
    String adopt(@RequestParam String deviceId, @RequestParam String username, @RequestParam String password,
                 Principal principal, HttpServletResponse response) {
        Device device = inventory.get(deviceId);
        Credentials login = credentials(username, password);
        if (login == null) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Enter the device's username and password to adopt it.");
        }
        Job job = discovery.start(List.of(device.address().toString()), false, login, who(principal), null);
        response.setHeader("HX-Redirect", "/discovery/scans/" + job.id());
        return "fragments/layout :: flash";
    }

    @GetMapping("/discovery/scans/{jobId}")
    @RequiresRole(Role.VIEWER)
    String scanResults(@PathVariable String jobId, Model model) {
        model.addAllAttributes(scanModel(jobId));
        return "discovery-scan";
    }

    @GetMapping(path = "/live/discovery/scans/{jobId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveScan(@PathVariable String jobId) {
        scanModel(jobId);
        return live.open(() -> fragments.render("discovery-scan", "live", scanModel(jobId)));
    }

    private Map<String, Object> scanModel(String jobId) {
        Job job = jobs.get(jobId);
        if (!(job.kind() instanceof JobKind.Discovery)) {
            throw new ManagerException(ErrorCode.JOB_NOT_FOUND, "Job " + jobId + " is not a discovery scan.");
        }
        Page<JobResult> results = jobs.results(jobId, 0, Page.MAX_SIZE);
        return Map.of("job", job, "results", new ScanOutcomes(results.items(), results.total()));
    }

    private static Credentials credentials(String username, String password) {
        if (password.isEmpty()) {
            return null;
        }
        try {
            return new Credentials(username.isBlank() ? "admin" : username.strip(), password);
        } catch (IllegalArgumentException e) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, e.getMessage());
        }
    }

    private static String who(Principal principal) {
        return principal == null ? "ui" : principal.getName();
    }
}
