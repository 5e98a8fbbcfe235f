package org.shellymanager.manager.config;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Templates and the fleet defaults. */
@RestController
@RequestMapping("/api/v1/config")
class TemplateController {

    private final TemplateService templates;
    private final SnapshotService snapshots;
    private final DesiredStates desiredStates;
    private final InventoryService inventory;

    TemplateController(TemplateService templates, SnapshotService snapshots, DesiredStates desiredStates,
                       InventoryService inventory) {
        this.templates = templates;
        this.snapshots = snapshots;
        this.desiredStates = desiredStates;
        this.inventory = inventory;
    }

    @GetMapping("/templates")
    @RequiresRole(Role.VIEWER)
    List<TemplateView> list() {
        return templates.list().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/templates/{idOrName}")
    @RequiresRole(Role.VIEWER)
    TemplateView get(@PathVariable String idOrName) {
        return TemplateView.of(templates.get(idOrName));
    }

    @PostMapping("/templates")
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<TemplateView> create(@RequestBody TemplateBody body) {
        body.check();
        return ResponseEntity.status(HttpStatus.CREATED).body(TemplateView.of(templates.create(body.name(),
                body.description(), body.priorityOrZero(), body.assignment(), TemplateSettings.parse(body.settings()))));
    }

    @PutMapping("/templates/{idOrName}")
    @RequiresRole(Role.OPERATOR)
    TemplateView replace(@PathVariable String idOrName, @RequestBody TemplateBody body) {
        body.check();
        return TemplateView.of(templates.replace(idOrName, body.name(), body.description(), body.priorityOrZero(),
                body.assignment(), TemplateSettings.parse(body.settings())));
    }

    @DeleteMapping("/templates/{idOrName}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> delete(@PathVariable String idOrName) {
        templates.delete(idOrName);
        return ResponseEntity.noContent().build();
    }

    /** What the template makes of one device: its real fields on that device's generation, and what does not apply. */
    @GetMapping("/templates/{idOrName}/preview/{deviceId}")
    @RequiresRole(Role.VIEWER)
    Preview preview(@PathVariable String idOrName, @PathVariable String deviceId) {
        Template template = templates.get(idOrName);
        Device device = inventory.get(deviceId);
        Snapshot actual = snapshots.latest(deviceId).orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND,
                "Device " + deviceId + " has no snapshot yet; pull its configuration first."));
        DesiredState rendered = desiredStates.preview(template, device, actual);
        return new Preview(template.name(), deviceId, device.generation().number(), rendered.values(), rendered.problems());
    }

    @GetMapping("/defaults")
    @RequiresRole(Role.VIEWER)
    JsonNode defaults() {
        return templates.defaults().toJson();
    }

    @PutMapping("/defaults")
    @RequiresRole(Role.ADMIN)
    JsonNode setDefaults(@RequestBody JsonNode settings) {
        templates.setDefaults(TemplateSettings.parse(settings));
        return defaults();
    }

    record TemplateBody(String name, String description, Integer priority, Assignment assignTo, JsonNode settings) {

        void check() {
            if (name == null || name.isBlank() || name.strip().length() > Template.MAX_NAME) {
                throw new ManagerException(ErrorCode.TEMPLATE_INVALID, "name must be 1-" + Template.MAX_NAME + " characters",
                        Map.of("errors", List.of(Map.of("field", "name", "message", "must be 1-" + Template.MAX_NAME + " characters"))));
            }
        }

        int priorityOrZero() {
            return priority == null ? 0 : priority;
        }

        Assignment assignment() {
            return assignTo == null ? Assignment.NONE : assignTo;
        }
    }

    record TemplateView(String id, String name, String description, int priority, Assignment assignTo, JsonNode settings,
                        Instant updatedAt) {

        static TemplateView of(Template t) {
            return new TemplateView(t.id(), t.name(), t.description(), t.priority(), t.assignTo(), t.settings().toJson(),
                    t.updatedAt());
        }
    }

    record Preview(String template, String deviceId, int generation, List<DesiredState.Value> values,
                   List<DesiredState.Problem> problems) {
    }
}
