package org.shellymanager.manager.exchange;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists exporters, previews exports, delivers them as downloads and shows the export history. */
@RestController
class ExportController {

    private static final int PREVIEW_CHARS = 16_384;

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/exporters")
    @RequiresRole(Role.VIEWER)
    List<ExporterView> exporters() {
        return exports.exporters().stream().map(e -> new ExporterView(e.name(), e.description(), e.formats(), e.options(),
                e.needs())).toList();
    }

    @PostMapping("/api/v1/exports/{exporter}/preview")
    @RequiresRole(Role.VIEWER)
    Preview preview(@PathVariable String exporter, @RequestBody(required = false) ExportBody body) {
        ExportBody given = body == null ? ExportBody.EMPTY : body;
        ExportPackage result = exports.preview(exporter, given.format(), given.options());
        return new Preview(result.exporter(), result.format(), result.deviceCount(), result.files().stream().map(file -> {
            String text = file.text();
            boolean cut = text.length() > PREVIEW_CHARS;
            return new PreviewFile(file.path(), file.mediaType(), cut ? text.substring(0, PREVIEW_CHARS) : text, cut);
        }).toList());
    }

    /** The export as a download: one file as it is, several as a ZIP; the SHA-256 is in {@code X-Export-Sha256}. */
    @PostMapping("/api/v1/exports/{exporter}")
    @RequiresRole(Role.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable String exporter, @RequestBody(required = false) ExportBody body,
                                  Principal principal) {
        ExportBody given = body == null ? ExportBody.EMPTY : body;
        ExportPackage result = exports.export(exporter, given.format(), given.options(),
                principal == null ? "api" : principal.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(result.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(result.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Export-Sha256", result.sha256())
                .header("X-Export-Devices", Integer.toString(result.deviceCount()))
                .body(result.bytes());
    }

    @GetMapping("/api/v1/exports/history")
    @RequiresRole(Role.VIEWER)
    List<ExportRecord> history(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return exports.history(limit);
    }

    /** The output format (empty for the exporter's default) and option values. */
    record ExportBody(String format, Map<String, String> options) {

        static final ExportBody EMPTY = new ExportBody(null, Map.of());

        ExportBody {
            options = options == null ? Map.of() : Map.copyOf(options);
        }
    }

    record ExporterView(String name, String description, List<String> formats, List<ExportOption> options,
                        Set<FleetSnapshot.Part> needs) {
    }

    record Preview(String exporter, String format, int deviceCount, List<PreviewFile> files) {
    }

    record PreviewFile(String path, String mediaType, String content, boolean truncated) {
    }
}
