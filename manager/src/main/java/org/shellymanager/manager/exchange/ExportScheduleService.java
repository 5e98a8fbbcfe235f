package org.shellymanager.manager.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.RunSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Export schedules: checks each one fully before it is kept (exporter, format and options, directory, schedule,
 * retention), and runs one: export, write the file atomically, record it in the history, prune old files, call
 * the webhook. A failed run changes no file and is reported to the webhook as failed.
 */
@Service
public class ExportScheduleService {

    private static final Logger log = LoggerFactory.getLogger(ExportScheduleService.class);
    static final int MAX_KEEP = 1000;

    /** What a schedule is to be: every field is checked by {@link #create} and {@link #replace}. */
    public record Spec(String name, String exporter, String format, Map<String, String> options, String directory,
                       String schedule, Integer keepLast, Boolean enabled) {

        public Spec {
            options = options == null ? Map.of() : Map.copyOf(options);
        }
    }

    /** One run: its result, the file written (or what went wrong), and how many old files retention deleted. */
    public record Run(String result, String exportId, String file, int pruned, String message) {
    }

    private final JdbcExportScheduleStore store;
    private final ExportService exports;
    private final ExportWebhook webhook;
    private final Clock clock;
    private final Map<String, Object> running = new ConcurrentHashMap<>();

    ExportScheduleService(JdbcExportScheduleStore store, ExportService exports, ExportWebhook webhook, Clock clock) {
        this.store = store;
        this.exports = exports;
        this.webhook = webhook;
        this.clock = clock;
    }

    public List<ExportSchedule> list() {
        return store.list();
    }

    /** @throws ManagerException {@code export.schedule-not-found} */
    public ExportSchedule get(String idOrName) {
        return store.find(idOrName).orElseThrow(() -> new ManagerException(ErrorCode.EXPORT_SCHEDULE_NOT_FOUND,
                "No export schedule with id or name '" + idOrName + "'; list them with GET /api/v1/exports/schedules."));
    }

    /** @throws ManagerException {@code export.schedule-invalid} listing every problem, {@code export.schedule-duplicate} */
    public ExportSchedule create(Spec spec) {
        ExportSchedule schedule = checked(UUID.randomUUID().toString(), spec, clock.instant());
        refuseDuplicate(schedule);
        store.insert(schedule);
        log.info("export schedule {} created: {} every {} to {}", schedule.name(), schedule.exporter(), schedule.schedule(),
                schedule.directory());
        return schedule;
    }

    public ExportSchedule replace(String idOrName, Spec spec) {
        ExportSchedule old = get(idOrName);
        ExportSchedule schedule = checked(old.id(), spec, old.createdAt());
        refuseDuplicate(schedule);
        store.update(schedule);
        log.info("export schedule {} changed", schedule.name());
        return get(old.id());
    }

    public void delete(String idOrName) {
        ExportSchedule schedule = get(idOrName);
        store.delete(schedule.id());
        log.info("export schedule {} deleted; its files stay in {}", schedule.name(), schedule.directory());
    }

    /** Runs the schedule now; a run of the same schedule already under way is waited for first. */
    public Run run(ExportSchedule schedule, String who) {
        synchronized (running.computeIfAbsent(schedule.id(), id -> new Object())) {
            Instant at = clock.instant();
            Path dir = Path.of(schedule.directory());
            Path file;
            ExportRecord record;
            try {
                ExportPackage result = exports.produce(schedule.exporter(), schedule.format(), schedule.options());
                file = ExportDirectory.write(dir, schedule.name(), at, result);
                record = exports.record(result, schedule.options(), who, file.toString(), schedule.name());
            } catch (IOException | RuntimeException e) {
                String message = "export " + schedule.exporter() + " to " + dir + " failed: " + (e instanceof ManagerException
                        ? e.getMessage() : e.getClass().getSimpleName() + " " + e.getMessage());
                log.warn("export schedule {}: {}", schedule.name(), message);
                store.markRun(schedule.id(), at, "FAILED", message);
                webhook.completed(ExportEvent.failed(schedule, at, message),
                        answer -> log.info("export schedule {}: webhook for the failed run: {}", schedule.name(), answer));
                return new Run("FAILED", null, null, 0, message);
            }
            String message = "wrote " + file;
            int pruned = 0;
            try {
                pruned = ExportDirectory.prune(dir, schedule.name(), schedule.keepLast()).size();
            } catch (IOException e) {
                message += "; retention could not delete old files: " + e.getMessage();
                log.warn("export schedule {}: {}", schedule.name(), message);
            }
            store.markRun(schedule.id(), at, "SUCCEEDED", message);
            return new Run("SUCCEEDED", record.id(), file.toString(), pruned, message);
        }
    }

    /** Whether the schedule is due at {@code now}, counted from its last run (or its creation). */
    static boolean due(ExportSchedule schedule, Instant now, ZoneId zone) {
        Instant base = schedule.lastRunAt() != null ? schedule.lastRunAt() : schedule.createdAt();
        return !RunSchedule.parse(schedule.schedule(), ErrorCode.EXPORT_SCHEDULE_INVALID).next(base, zone).isAfter(now);
    }

    private ExportSchedule checked(String id, Spec spec, Instant createdAt) {
        List<String> problems = new ArrayList<>();
        String name = spec.name() == null ? "" : spec.name().strip();
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problems.add("name must be 1-64 lowercase letters, digits and dashes, was '" + name + "'");
        }
        if (spec.exporter() == null || spec.exporter().isBlank()) {
            problems.add("exporter is required");
        } else {
            try {
                exports.check(spec.exporter(), spec.format(), spec.options());
            } catch (ManagerException e) {
                problems.add(e.getMessage());
            }
        }
        if (spec.directory() == null || spec.directory().isBlank()) {
            problems.add("directory is required: an absolute path the manager may write to");
        } else {
            String problem = ExportDirectory.problem(spec.directory().strip());
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (spec.schedule() == null || spec.schedule().isBlank()) {
            problems.add("schedule is required: an interval such as PT6H or a cron expression such as 0 3 * * *");
        } else {
            try {
                RunSchedule.parse(spec.schedule(), ErrorCode.EXPORT_SCHEDULE_INVALID);
            } catch (ManagerException e) {
                problems.add(e.getMessage());
            }
        }
        int keep = spec.keepLast() == null ? 7 : spec.keepLast();
        if (keep < 1 || keep > MAX_KEEP) {
            problems.add("keepLast must be from 1 to " + MAX_KEEP + ", was " + keep);
        }
        if (!problems.isEmpty()) {
            throw new ManagerException(ErrorCode.EXPORT_SCHEDULE_INVALID, String.join("; ", problems) + ".",
                    Map.of("errors", problems));
        }
        String format = spec.format() == null || spec.format().isBlank() ? null : spec.format();
        return new ExportSchedule(id, name, spec.exporter(), format == null ? exports.defaultFormat(spec.exporter()) : format,
                spec.options(), Path.of(spec.directory().strip()).normalize().toString(), spec.schedule().strip(), keep,
                spec.enabled() == null || spec.enabled(), createdAt, null, null, null);
    }

    private void refuseDuplicate(ExportSchedule schedule) {
        store.find(schedule.name()).filter(other -> !other.id().equals(schedule.id())).ifPresent(other -> {
            throw new ManagerException(ErrorCode.EXPORT_SCHEDULE_DUPLICATE, "An export schedule named '" + other.name()
                    + "' exists already; choose another name or change that one.", Map.of("scheduleId", other.id()));
        });
    }
}
