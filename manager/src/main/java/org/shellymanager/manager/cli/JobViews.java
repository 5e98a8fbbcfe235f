package org.shellymanager.manager.cli;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** How jobs look in table output. */
final class JobViews {

    static final Table LIST = new Table(List.of(
            Table.field("ID", "id"),
            Table.field("KIND", "kind"),
            Table.field("STATE", "state"),
            new Table.Column("PROGRESS", JobViews::progress),
            Table.field("STARTED BY", "startedBy"),
            Table.field("CREATED", "createdAt"),
            Table.field("FINISHED", "finishedAt")));

    static final Table RESULTS = new Table(List.of(
            Table.field("TARGET", "target"),
            Table.field("OUTCOME", "outcome"),
            Table.field("DEVICE", "deviceId"),
            Table.field("MESSAGE", "message")));

    private static final String UNREACHABLE = "unreachable";

    private JobViews() {
    }

    static String progress(JsonNode job) {
        JsonNode progress = job.path("progress");
        return progress.path("done").asLong() + "/" + progress.path("total").asLong();
    }

    static boolean finished(JsonNode job) {
        JsonNode finishedAt = job.path("finishedAt");
        return !finishedAt.isMissingNode() && !finishedAt.isNull();
    }

    static boolean succeeded(JsonNode job) {
        String state = job.path("state").asString("");
        return state.equalsIgnoreCase("succeeded") || state.equalsIgnoreCase("completed");
    }

    /**
     * A job with its results. In a table, addresses where nothing answered are counted rather than listed: a scan
     * of a /24 has hundreds of them; {@code -o json} shows every one.
     */
    static void print(Printer printer, JsonNode job) {
        if (!printer.isTable()) {
            printer.raw(job);
            return;
        }
        printer.note("Job " + Table.text(job.path("id")) + " (" + Table.text(job.path("kind")) + "): "
                + Table.text(job.path("state")) + ", " + progress(job) + " done");
        JsonNode summary = job.path("summary");
        if (!summary.isMissingNode() && !summary.isNull()) {
            printer.note("Summary: " + (summary.isObject() ? summaryLine(summary) : Table.text(summary)));
        }
        List<JsonNode> shown = new ArrayList<>();
        int hidden = 0;
        for (JsonNode result : job.path("results")) {
            if (UNREACHABLE.equalsIgnoreCase(result.path("outcome").asString(""))) {
                hidden++;
            } else {
                shown.add(result);
            }
        }
        if (!shown.isEmpty()) {
            printer.note(RESULTS.render(shown));
        }
        if (hidden > 0) {
            printer.note(hidden + " address(es) did not answer; '-o json' lists them.");
        }
    }

    private static String summaryLine(JsonNode summary) {
        List<String> parts = new ArrayList<>();
        summary.properties().forEach(entry -> parts.add(entry.getKey() + " " + Table.text(entry.getValue())));
        return String.join(", ", parts);
    }
}
