package org.shellymanager.manager.cli;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** Tables for the firmware commands. */
final class FirmwareViews {

    static final Table MODELS = new Table(List.of(
            Table.field("MODEL", "model"),
            Table.field("PRODUCT", "product"),
            Table.field("DEVICES", "devices"),
            Table.field("BEHIND", "behind"),
            Table.field("LATEST STABLE", "latestStable"),
            Table.field("BEHIND SINCE", "behindSince"),
            new Table.Column("VERSIONS", FirmwareViews::versions)));

    static final Table DEVICES = new Table(List.of(
            Table.field("ID", "deviceId"),
            Table.field("NAME", "name"),
            Table.field("MODEL", "model"),
            Table.field("VERSION", "currentVersion"),
            Table.field("STABLE", "stableVersion"),
            Table.field("BETA", "betaVersion"),
            Table.field("CHECKED", "checkedAt"),
            Table.field("ERROR", "checkError")));

    static final Table IMPORTS = new Table(List.of(
            Table.field("FILE", "file"),
            Table.field("OUTCOME", "outcome"),
            Table.field("MESSAGE", "message")));

    static final Table ROLLOUTS = new Table(List.of(
            Table.field("ID", "id"),
            Table.field("NAME", "name"),
            Table.field("STATE", "state"),
            Table.field("TARGET", "target"),
            new Table.Column("WAVE", r -> r.path("currentWave").asInt() + "/" + r.path("waveCount").asInt()),
            new Table.Column("DONE", r -> r.path("progress").path("done").asInt() + "/" + r.path("progress").path("total").asInt()),
            new Table.Column("OUTCOMES", r -> outcomes(r.path("outcomes"))),
            Table.field("CREATED", "createdAt")));

    static final Table ROLLOUT_DEVICES = new Table(List.of(
            Table.field("WAVE", "wave"),
            Table.field("DEVICE", "label"),
            Table.field("OUTCOME", "outcome"),
            Table.field("FROM", "fromVersion"),
            Table.field("TO", "toVersion"),
            Table.field("MESSAGE", "message")));

    private FirmwareViews() {
    }

    static String outcomes(JsonNode counts) {
        StringBuilder text = new StringBuilder();
        counts.properties().forEach(e -> text.append(text.isEmpty() ? "" : ", ").append(e.getValue().asInt()).append(' ')
                .append(e.getKey().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return text.isEmpty() ? "-" : text.toString();
    }

    private static String versions(JsonNode model) {
        StringBuilder text = new StringBuilder();
        model.path("versions").forEach(v -> text.append(text.isEmpty() ? "" : ", ").append(v.path("version").asString())
                .append(" x").append(v.path("devices").asLong()));
        return text.toString();
    }

    /** A rollout: its header lines, then its devices. */
    static void print(Printer printer, JsonNode rollout) {
        if (!printer.isTable()) {
            printer.raw(rollout);
            return;
        }
        printer.note("Rollout " + rollout.path("id").asString() + " '" + rollout.path("name").asString() + "': "
                + rollout.path("state").asString() + ", wave " + rollout.path("currentWave").asInt() + " of "
                + rollout.path("waveCount").asInt() + ", target " + rollout.path("target").asString());
        printer.note("Outcomes: " + outcomes(rollout.path("outcomes")));
        if (rollout.path("haltReason").isString()) {
            printer.note("Halted: " + rollout.path("haltReason").asString());
        }
        if (rollout.path("devices").isArray()) {
            List<JsonNode> rows = Printer.rows(rollout.path("devices"));
            printer.list(rollout, rows, ROLLOUT_DEVICES, rows.size() + " devices");
        }
    }
}
