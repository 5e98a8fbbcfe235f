package org.shellymanager.manager.cli;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Tables and summary lines for the backup and restore commands. */
final class BackupViews {

    static final Table ARCHIVES = new Table(List.of(
            Table.field("NAME", "name"),
            new Table.Column("TYPE", archive -> Table.text(archive.path("manifest").path("backupType"))),
            Table.field("BYTES", "bytes"),
            new Table.Column("CREATED", archive -> Table.text(archive.path("manifest").path("created"))),
            new Table.Column("ENCRYPTED", archive -> encrypted(archive.path("manifest")) ? "yes" : "no"),
            new Table.Column("SCHEMA", archive -> Table.text(archive.path("manifest").path("schemaVersion")))));

    static final Table ROWS = new Table(List.of(
            new Table.Column("TABLE", row -> row.path("table").asString()),
            new Table.Column("ROWS", row -> row.path("rows").asString())));

    private BackupViews() {
    }

    /** One line about an archive's manifest: when, from what, how protected. */
    static String manifest(JsonNode manifest) {
        return "format " + manifest.path("formatVersion").asInt() + ", Shelly Manager " + manifest.path("appVersion").asString()
                + ", schema " + manifest.path("schemaVersion").asString() + ", created " + manifest.path("created").asString()
                + " from " + manifest.path("sourceDatabase").asString() + ", " + manifest.path("sections").size() + " sections, "
                + (encrypted(manifest) ? "encrypted" : "not encrypted");
    }

    /** A restore report's rows per table, as table rows sorted by table name. */
    static List<JsonNode> rows(JsonNode report) {
        return report.path("rows").properties().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> row(entry.getKey(), entry.getValue().asLong()))
                .toList();
    }

    /** A followed restore job's rows per table, from its results (one a table, the rows as the message). */
    static List<JsonNode> rowsOfJob(JsonNode job) {
        return job.path("results").valueStream()
                .map(result -> row(result.path("target").asString(), result.path("message").asLong()))
                .toList();
    }

    static long totalRows(JsonNode report) {
        return report.path("rows").valueStream().mapToLong(JsonNode::asLong).sum();
    }

    static long totalRows(List<JsonNode> rows) {
        return rows.stream().mapToLong(row -> row.path("rows").asLong()).sum();
    }

    private static JsonNode row(String table, long rows) {
        return JsonNodeFactory.instance.objectNode().put("table", table).put("rows", rows);
    }

    private static boolean encrypted(JsonNode manifest) {
        return manifest.path("encryption").isObject();
    }
}
