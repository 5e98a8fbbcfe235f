package org.shellymanager.manager.control;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.job.JobView;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Switching, moving and dimming: one device at once, or many as a job. */
@RestController
@RequestMapping("/api/v1")
class ControlController {

    private final ControlService control;
    private final InventoryService inventory;

    ControlController(ControlService control, InventoryService inventory) {
        this.control = control;
        this.inventory = inventory;
    }

    /** Sends the command and answers with its outcome; a device that refuses or does not answer is a problem. */
    @PostMapping("/devices/{id}/control")
    @RequiresRole(Role.OPERATOR)
    ControlOutcome one(@PathVariable String id, @RequestBody ControlRequest request, Principal principal) {
        ControlOutcome outcome = control.control(id, request.command(), actor(principal));
        return switch (outcome.outcome()) {
            case "DONE" -> outcome;
            case "REJECTED" -> throw problem(ErrorCode.CONTROL_REJECTED, outcome);
            case "UNAUTHORIZED" -> throw problem(ErrorCode.DEVICE_UNAUTHORIZED, outcome);
            default -> throw problem(ErrorCode.DEVICE_UNREACHABLE, outcome);
        };
    }

    /** Sends the command to every device chosen (ids, tag, room, text; all given must match) as a job. */
    @PostMapping("/control")
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<JobView> many(@Valid @RequestBody BulkRequest request, Principal principal) {
        List<Device> targets = select(request);
        Job job = control.controlMany(targets, request.describe(), request.command().command(), actor(principal));
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/jobs/" + job.id()).body(JobView.of(job));
    }

    private List<Device> select(BulkRequest request) {
        if (request.deviceIds() == null && request.tag() == null && request.room() == null && request.q() == null) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "choose devices with deviceIds, tag, room or q");
        }
        Map<String, Device> chosen = new LinkedHashMap<>();
        int page = 0;
        Page<Device> found;
        do {
            found = inventory.list(new DeviceQuery(request.q(), null, null, request.tag(), request.room(), null, null, null,
                    "name,asc", page++, Page.MAX_SIZE));
            found.items().stream().filter(d -> request.deviceIds() == null || request.deviceIds().contains(d.id()))
                    .forEach(d -> chosen.put(d.id(), d));
        } while (Page.offset(page, Page.MAX_SIZE) < found.total());
        if (request.deviceIds() != null) {
            request.deviceIds().forEach(inventory::get);
        }
        return new ArrayList<>(chosen.values());
    }

    private static ManagerException problem(ErrorCode code, ControlOutcome outcome) {
        return new ManagerException(code, outcome.command() + " on device " + outcome.deviceId() + ": "
                + outcome.message(), Map.of("outcome", outcome.outcome()));
    }

    private static String actor(Principal principal) {
        return principal == null ? "api" : principal.getName();
    }

    /** Which devices, and the command. */
    record BulkRequest(@Size(min = 1, max = 10_000) List<String> deviceIds, String tag, String room, String q,
                       @NotNull ControlRequest command) {

        String describe() {
            List<String> parts = new ArrayList<>();
            if (deviceIds != null) {
                parts.add(deviceIds.size() + " device id(s)");
            }
            if (tag != null) {
                parts.add("tag " + tag);
            }
            if (room != null) {
                parts.add("room " + room);
            }
            if (q != null) {
                parts.add("'" + q + "'");
            }
            return String.join(", ", parts);
        }
    }
}
