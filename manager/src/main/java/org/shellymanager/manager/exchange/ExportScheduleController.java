package org.shellymanager.manager.exchange;

import java.security.Principal;
import java.util.List;

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
import org.springframework.web.bind.annotation.RestController;

/** Export schedules (written to a directory on the server, with retention) and the completion webhook. */
@RestController
class ExportScheduleController {

    private final ExportScheduleService schedules;
    private final ExportWebhook webhook;

    ExportScheduleController(ExportScheduleService schedules, ExportWebhook webhook) {
        this.schedules = schedules;
        this.webhook = webhook;
    }

    @GetMapping("/api/v1/exports/schedules")
    @RequiresRole(Role.VIEWER)
    List<ExportSchedule> list() {
        return schedules.list();
    }

    @GetMapping("/api/v1/exports/schedules/{id}")
    @RequiresRole(Role.VIEWER)
    ExportSchedule get(@PathVariable String id) {
        return schedules.get(id);
    }

    @PostMapping("/api/v1/exports/schedules")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<ExportSchedule> create(@RequestBody ExportScheduleService.Spec spec) {
        return ResponseEntity.status(HttpStatus.CREATED).body(schedules.create(spec));
    }

    @PutMapping("/api/v1/exports/schedules/{id}")
    @RequiresRole(Role.ADMIN)
    ExportSchedule replace(@PathVariable String id, @RequestBody ExportScheduleService.Spec spec) {
        return schedules.replace(id, spec);
    }

    @DeleteMapping("/api/v1/exports/schedules/{id}")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> delete(@PathVariable String id) {
        schedules.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** Runs the schedule now, whatever its timing; a failed run answers 200 with result {@code FAILED} and why. */
    @PostMapping("/api/v1/exports/schedules/{id}/run")
    @RequiresRole(Role.OPERATOR)
    ExportScheduleService.Run run(@PathVariable String id, Principal principal) {
        return schedules.run(schedules.get(id), principal == null ? "api" : principal.getName());
    }

    @GetMapping("/api/v1/exports/webhook")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<ExportWebhook.View> webhook() {
        return webhook.find().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** Sets the webhook; {@code secret} left out keeps the one set, empty removes it. */
    @PutMapping("/api/v1/exports/webhook")
    @RequiresRole(Role.ADMIN)
    ExportWebhook.View setWebhook(@RequestBody WebhookBody body) {
        webhook.set(body.url(), body.secret());
        return webhook.find().orElseThrow();
    }

    @DeleteMapping("/api/v1/exports/webhook")
    @RequiresRole(Role.ADMIN)
    ResponseEntity<Void> removeWebhook() {
        webhook.remove();
        return ResponseEntity.noContent().build();
    }

    /** The secret is write-only: never answered, never logged. */
    record WebhookBody(String url, String secret) {

        @Override
        public String toString() {
            return "WebhookBody[url=" + url + ", secret=" + (secret == null ? "unchanged" : "****") + "]";
        }
    }
}
