package org.shellymanager.manager.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins: paged and filtered, or exported whole as CSV or JSON. */
@RestController
@RequestMapping("/api/v1/audit")
@RequiresRole(Role.ADMIN)
class AuditController {

    /** Most events one export holds; narrow the filters for more. */
    static final int EXPORT_LIMIT = 100_000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    Page<AuditEvent> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                          @RequestParam(required = false) AuditEvent.Result result,
                          @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return audit.list(new AuditQuery(actor, action, result, from, to), page, size);
    }

    /** All matching events (up to {@value #EXPORT_LIMIT}), newest first, as a download. */
    @GetMapping("/export")
    ResponseEntity<?> export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                             @RequestParam(required = false) AuditEvent.Result result,
                             @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                             @RequestParam(defaultValue = "json") String format) {
        boolean wantsCsv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new ManagerException(ErrorCode.REQUEST_INVALID, "format: 'csv' or 'json', was '" + format + "'");
        };
        List<AuditEvent> events = all(new AuditQuery(actor, action, result, from, to));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit." + (wantsCsv ? "csv" : "json") + "\"");
        return wantsCsv ? answer.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv(events))
                : answer.contentType(MediaType.APPLICATION_JSON).body(events);
    }

    private List<AuditEvent> all(AuditQuery query) {
        List<AuditEvent> events = new ArrayList<>();
        for (int page = 0; events.size() < EXPORT_LIMIT; page++) {
            Page<AuditEvent> chunk = audit.list(query, page, Page.MAX_SIZE);
            events.addAll(chunk.items());
            if (chunk.items().size() < Page.MAX_SIZE) {
                break;
            }
        }
        return events;
    }

    static String csv(List<AuditEvent> events) {
        Stream<String> header = Stream.of("at,actor,via,action,target,address,result,status");
        Stream<String> rows = events.stream().map(e -> Stream.of(e.at().toString(), e.actor(), e.via().name(), e.action(),
                e.target(), e.address(), e.result().name(), Integer.toString(e.status()))
                .map(AuditController::cell).collect(Collectors.joining(",")));
        return Stream.concat(header, rows).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** A CSV cell, quoted, with formula-starting text defused so that spreadsheets do not run it. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
