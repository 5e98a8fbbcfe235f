package org.shellymanager.manager.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Exports the fleet with one of the server's exporters, to standard output or to a file written whole or not at all. */
@Command(name = "export", description = "Exports the fleet for another tool: JSON, TOML, CSV, hosts, DHCP servers, "
        + "Ansible, Home Assistant, Prometheus, NetBox, Graphviz or a template. 'export --list' shows every exporter.")
final class ExportCommand implements Callable<Integer> {

    static final String CHECKSUM_HEADER = "X-Export-Sha256";

    static final Table EXPORTERS = new Table(List.of(
            Table.field("NAME", "name"),
            Table.field("FORMATS", "formats"),
            new Table.Column("OPTIONS (DEFAULT)", ExportCommand::options),
            Table.field("DESCRIPTION", "description")));

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "EXPORTER", description = "The exporter, such as json, hosts or dnsmasq.")
    private String exporter;

    @Option(names = "--list", description = "List the exporters with their formats and options.")
    private boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", description = "One of the exporter's formats (default: its first).")
    private String format;

    @Option(names = "--option", paramLabel = "NAME=VALUE", description = "An exporter option; repeat for several.")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--preview", description = "Show the output for the first devices instead; nothing is recorded.")
    private boolean preview;

    @Option(names = {"-O", "--output-file"}, paramLabel = "FILE", description = "Write to FILE (replaced only once the "
            + "whole export has arrived) instead of standard output ('-'); a several-file export is a ZIP and needs a file.")
    private String target;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        if (list) {
            JsonNode exporters = root.api().get("/api/v1/exporters");
            root.printer(spec).list(exporters, Printer.rows(exporters), EXPORTERS, exporters.size() + " exporters");
            return CommandLine.ExitCode.OK;
        }
        if (exporter == null) {
            throw new ParameterException(spec.commandLine(), "Missing exporter: give one, such as 'export json', or list them with 'export --list'");
        }
        String path = "/api/v1/exports/" + ApiClient.encode(exporter);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", format);
        body.put("options", options);
        if (preview) {
            printPreview(root.printer(spec), root.api().post(path + "/preview", body));
            return CommandLine.ExitCode.OK;
        }
        FileTransfer transfer = root.fileTransfer(spec);
        PrintWriter out = spec.commandLine().getOut();
        if (target == null || target.equals("-")) {
            FileTransfer.Download download = transfer.toText(transfer.post(path, body), out, CHECKSUM_HEADER);
            PrintWriter err = spec.commandLine().getErr();
            if (!root.isQuiet()) {
                err.println(summary(download, "standard output"));
                err.flush();
            }
        } else {
            FileTransfer.Download download = transfer.toFile(transfer.post(path, body), Path.of(target), CHECKSUM_HEADER);
            out.println(summary(download, target));
            out.flush();
        }
        return CommandLine.ExitCode.OK;
    }

    private static String summary(FileTransfer.Download download, String where) {
        return "Exported " + download.headers().firstValue("X-Export-Devices").orElse("?") + " devices to " + where
                + " (" + download.bytes() + " bytes, SHA-256 " + download.sha256() + ")";
    }

    private static void printPreview(Printer printer, JsonNode preview) {
        if (!printer.isTable()) {
            printer.raw(preview);
            return;
        }
        printer.note("Preview of " + preview.path("exporter").asString() + " (" + preview.path("format").asString()
                + ") for the first " + preview.path("deviceCount").asInt() + " devices:");
        preview.path("files").forEach(file -> {
            printer.note("--- " + file.path("path").asString() + " (" + file.path("mediaType").asString() + ")");
            printer.note(file.path("content").asString().stripTrailing());
            if (file.path("truncated").asBoolean()) {
                printer.note("--- cut short; the export itself holds all of it");
            }
        });
    }

    private static String options(JsonNode exporter) {
        List<String> options = new ArrayList<>();
        exporter.path("options").forEach(option -> options.add(option.path("name").asString()
                + (option.path("defaultValue").isNull() || option.path("defaultValue").isMissingNode()
                ? "" : "=" + option.path("defaultValue").asString())));
        return options.isEmpty() ? "-" : String.join(" ", options);
    }
}
