package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.shellymanager.manager.firmware.FirmwareCache;
import org.shellymanager.manager.firmware.FleetFirmware;
import org.shellymanager.manager.firmware.Rollout;
import org.shellymanager.manager.firmware.RolloutRequest;
import org.shellymanager.manager.firmware.RolloutService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The rollout wizard (targets, version, wave plan, preview of the waves) and each rollout's live page with its controls. */
@Controller
class RolloutPages {

    private final RolloutService rollouts;
    private final FleetFirmware fleet;
    private final FirmwareCache cache;
    private final LiveStreams live;
    private final FragmentRenderer fragments;
    private final Validator validator;

    RolloutPages(RolloutService rollouts, FleetFirmware fleet, FirmwareCache cache, LiveStreams live,
                 FragmentRenderer fragments, Validator validator) {
        this.rollouts = rollouts;
        this.fleet = fleet;
        this.cache = cache;
        this.live = live;
        this.fragments = fragments;
        this.validator = validator;
    }

    @GetMapping("/firmware/rollouts/new")
    @RequiresRole(Role.OPERATOR)
    String wizard(Model model) {
        model.addAttribute("form", RolloutForm.empty());
        model.addAttribute("models", fleet.summary().models());
        model.addAttribute("files", cache.list());
        return "firmware-rollout-new";
    }

    /** Which devices each wave would take, and which selected devices stay out; starts nothing. */
    @PostMapping("/firmware/rollouts/preview")
    @RequiresRole(Role.OPERATOR)
    String preview(@ModelAttribute RolloutForm form, Model model) {
        model.addAttribute("plan", rollouts.plan(request(form)));
        return "firmware-rollout-new :: plan";
    }

    @PostMapping("/firmware/rollouts")
    @RequiresRole(Role.OPERATOR)
    String start(@ModelAttribute RolloutForm form, Principal principal) {
        Rollout rollout = rollouts.create(request(form), principal == null ? "ui" : principal.getName());
        return "redirect:/firmware/rollouts/" + rollout.id();
    }

    @GetMapping("/firmware/rollouts/{id}")
    @RequiresRole(Role.VIEWER)
    String rollout(@PathVariable String id, Model model) {
        model.addAttribute("progress", progress(id));
        model.addAttribute("liveUrl", "/live/firmware/rollouts/" + id);
        return "firmware-rollout";
    }

    @GetMapping(path = "/live/firmware/rollouts/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveRollout(@PathVariable String id) {
        rollouts.get(id);
        Permissions may = Permissions.ofCaller();
        return live.open(() -> fragments.render("firmware-rollout", "live", Map.of("progress", progress(id), "may", may)));
    }

    @PostMapping("/firmware/rollouts/{id}/pause")
    @RequiresRole(Role.OPERATOR)
    String pause(@PathVariable String id, Model model) {
        rollouts.pause(id);
        return live(id, model);
    }

    @PostMapping("/firmware/rollouts/{id}/resume")
    @RequiresRole(Role.OPERATOR)
    String resume(@PathVariable String id, Model model) {
        rollouts.resume(id);
        return live(id, model);
    }

    @PostMapping("/firmware/rollouts/{id}/cancel")
    @RequiresRole(Role.OPERATOR)
    String cancel(@PathVariable String id, Model model) {
        rollouts.cancel(id);
        return live(id, model);
    }

    /** The form as the API's request, held to the same limits as the API holds it. */
    private RolloutRequest request(RolloutForm form) {
        RolloutRequest request = form.toRequest();
        Set<ConstraintViolation<RolloutRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")) + ".");
        }
        return request;
    }

    private String live(String id, Model model) {
        model.addAttribute("progress", progress(id));
        return "firmware-rollout :: live";
    }

    private RolloutProgress progress(String id) {
        return RolloutProgress.of(rollouts.get(id), rollouts.devices(id));
    }
}
