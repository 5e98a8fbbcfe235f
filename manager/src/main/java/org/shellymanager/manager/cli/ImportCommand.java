package org.shellymanager.manager.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Imports a fleet file or a folder of per-device TOML files into the inventory, all or nothing. */
@Command(name = "import", description = "Imports devices from a JSON export, a CSV of inventory fields, a TOML device "
        + "file or a folder of them (such as a Git working copy; it is only read), all or nothing.")
final class ImportCommand implements Callable<Integer> {

    enum Policy { skip, overwrite, merge }

    static final Table CHANGES = new Table(List.of(
            Table.field("WHERE", "where"),
            Table.field("MAC", "mac"),
            Table.field("ACTION", "action"),
            Table.field("FIELDS", "fields")));

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|FOLDER", description = "The file (format recognised from its content) or a folder of .toml files.")
    private Path source;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    private boolean dryRun;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "skip", description = "For devices already in the "
            + "inventory: skip (leave them), overwrite (the file's fields win) or merge (fill empty fields, join tags); "
            + "default: ${DEFAULT-VALUE}.")
    private Policy policy;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("policy", policy.name());
        query.put("dryRun", dryRun);
        String path = "/api/v1/imports" + ApiClient.query(query);
        JsonNode plan;
        if (Files.isDirectory(source)) {
            Path zip = TomlTreeZip.of(source);
            try {
                plan = root.fileTransfer(spec).upload("POST", path, zip, Map.of());
            } finally {
                TomlTreeZip.delete(zip);
            }
        } else {
            plan = root.fileTransfer(spec).upload("POST", path, source, Map.of());
        }
        List<JsonNode> changed = Printer.rows(plan.path("changes")).stream()
                .filter(change -> !change.path("action").asString().equals("UNCHANGED")).toList();
        root.printer(spec).list(plan, changed, CHANGES, summary(plan));
        return CommandLine.ExitCode.OK;
    }

    private static String summary(JsonNode plan) {
        String counts = plan.path("created").asInt() + " created, " + plan.path("updated").asInt() + " updated, "
                + plan.path("unchanged").asInt() + " unchanged, " + plan.path("skipped").asInt() + " skipped";
        return plan.path("applied").asBoolean()
                ? "Imported " + plan.path("format").asString() + " (policy " + plan.path("policy").asString().toLowerCase(Locale.ROOT) + "): " + counts
                : "Dry run of " + plan.path("format").asString() + ", nothing changed; it would give: " + counts;
    }
}
