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
 * output file with a parser of its format, and records the export in the history.
 */
@Service
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    static final int PREVIEW_DEVICES = 5;

    private final ExporterRegistry registry;
    private final SnapshotReader reader;
    private final JdbcExportHistoryStore history;
    private final Clock clock;

    ExportService(ExporterRegistry registry, SnapshotReader reader, JdbcExportHistoryStore history, Clock clock) {
        this.registry = registry;
        this.reader = reader;
        this.history = history;
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
        Exporter exporter = registry.get(exporterName);
        ExportRequest request = request(exporter, format, options);
        ExportPackage result = run(exporter, request, reader.read(exporter.needs()));
        history.insert(new ExportRecord(UUID.randomUUID().toString(), exporter.name(), request.format(), request.options(),
                who, clock.instant(), result.deviceCount(), result.files().size(), result.bytes().length, result.sha256()));
        log.info("export {} ({}) by {}: {} devices, {} bytes, sha256 {}", exporter.name(), request.format(), who,
                result.deviceCount(), result.bytes().length, result.sha256());
        return result;
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
