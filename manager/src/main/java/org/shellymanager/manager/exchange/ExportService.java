package org.shellymanager.manager.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs exporters: checks the request against the exporter's options, reads the snapshot, exports, checks every
 * output file with a parser of its format, records the export in the history and calls the completion webhook.
 */
@Service
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    static final int PREVIEW_DEVICES = 5;

    private final ExporterRegistry registry;
    private final SnapshotReader reader;
    private final JdbcExportHistoryStore history;
    private final ExportWebhook webhook;
    private final Clock clock;

    ExportService(ExporterRegistry registry, SnapshotReader reader, JdbcExportHistoryStore history, ExportWebhook webhook,
                  Clock clock) {
        this.registry = registry;
        this.reader = reader;
        this.history = history;
        this.webhook = webhook;
        this.clock = clock;
    }

    public Collection<Exporter> exporters() {
        return registry.all();
    }

    /** The output for the first few devices, checked but not recorded. */
    public ExportPackage preview(String exporterName, String format, Map<String, String> options) {
        Exporter exporter = registry.get(exporterName);
        ExportRequest request = request(exporter, format, options);
        FleetSnapshot snapshot = reader.read(exporter.needs());
        return run(exporter, request, snapshot.first(PREVIEW_DEVICES));
    }

    /** The whole export, checked and recorded in the history as done by {@code who}. */
    public ExportPackage export(String exporterName, String format, Map<String, String> options, String who) {
        ExportPackage result = produce(exporterName, format, options);
        record(result, options, who, null, null);
        return result;
    }

    /** The whole export, checked, not yet recorded. */
    ExportPackage produce(String exporterName, String format, Map<String, String> options) {
        Exporter exporter = registry.get(exporterName);
        return run(exporter, request(exporter, format, options), reader.read(exporter.needs()));
    }

    /**
     * Records a delivered export in the history and calls the webhook, whose answer is added to the record later.
     *
     * @param file     the file a schedule wrote, null for a download
     * @param schedule the schedule that ran it, null for a download
     */
    ExportRecord record(ExportPackage result, Map<String, String> options, String who, String file, String schedule) {
        ExportRequest request = request(registry.get(result.exporter()), result.format(), options);
        ExportRecord record = new ExportRecord(UUID.randomUUID().toString(), result.exporter(), request.format(),
                request.options(), who, clock.instant(), result.deviceCount(), result.files().size(), result.bytes().length,
                result.sha256(), file, null);
        history.insert(record);
        log.info("export {} ({}) by {}: {} devices, {} bytes, sha256 {}", result.exporter(), request.format(), who,
                result.deviceCount(), result.bytes().length, result.sha256());
        webhook.completed(ExportEvent.succeeded(record, file == null ? result.fileName() : file, schedule),
                answer -> history.webhookAnswered(record.id(), answer));
        return record;
    }

    /** The exporter's default format. @throws ManagerException {@code export.unknown-exporter} */
    String defaultFormat(String exporterName) {
        return registry.get(exporterName).formats().getFirst();
    }

    /** Checks an exporter, format and options as an export would, without exporting. */
    void check(String exporterName, String format, Map<String, String> options) {
        request(registry.get(exporterName), format, options);
    }

    public List<ExportRecord> history(int limit) {
        return history.latest(limit);
    }

    private static ExportPackage run(Exporter exporter, ExportRequest request, FleetSnapshot snapshot) {
        List<ExportFile> files = exporter.export(snapshot, request);
        for (ExportFile file : files) {
            try {
                exporter.check(file, request);
            } catch (ExportCheckException e) {
                log.error("exporter {} wrote output that fails its own check", exporter.name(), e);
                throw new ManagerException(ErrorCode.EXPORT_CHECK_FAILED, "The " + exporter.name()
                        + " export was not delivered because its output failed the check: " + e.getMessage());
            }
        }
        return ExportPackage.of(exporter.name(), request.format(), files, snapshot.devices().size());
    }

    /** The request with defaults filled in, checked against the exporter's schema and its own validation. */
    static ExportRequest request(Exporter exporter, String format, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        String chosen = format == null || format.isBlank() ? exporter.formats().getFirst() : format;
        if (!exporter.formats().contains(chosen)) {
            problems.add("format must be one of " + exporter.formats() + ", was '" + chosen + "'");
        }
        Map<String, String> options = new HashMap<>();
        for (ExportOption option : exporter.options()) {
            String value = given.getOrDefault(option.name(), option.defaultValue());
            if (value != null) {
                String problem = option.problem(value);
                if (problem != null) {
                    problems.add(problem);
                }
                options.put(option.name(), value);
            }
        }
        given.keySet().stream().filter(name -> exporter.options().stream().noneMatch(o -> o.name().equals(name)))
                .forEach(name -> problems.add("unknown option '" + name + "'; " + exporter.name() + " takes "
                        + exporter.options().stream().map(ExportOption::name).toList()));
        if (problems.isEmpty()) {
            problems.addAll(exporter.validate(new ExportRequest(chosen, options)));
        }
        if (!problems.isEmpty()) {
            throw new ManagerException(ErrorCode.EXPORT_OPTIONS_INVALID, String.join("; ", problems) + ".",
                    Map.of("errors", problems));
        }
        return new ExportRequest(chosen, options);
    }
}
