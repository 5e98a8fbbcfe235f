package org.shellymanager.manager.cli;

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

/** {@code config pull|diff|apply|drift}: snapshots, diffs, sync and drift over the REST API. */
@Command(name = "config", description = "Reads, compares and syncs device configuration.")
final class ConfigCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: pull, diff, apply or drift");
    }

    @Command(name = "pull", description = "Reads a device's whole configuration now; a new version when it changed.")
    int pull(@Parameters(paramLabel = "ID", description = "The device id.") String id) {
        JsonNode snapshot = root().api().post(path(id) + "/pull", Map.of());
        root().printer(spec).object(summary(snapshot));
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "diff", description = "Shows the fields that changed between two versions (default: the two newest).")
    int diff(@Parameters(paramLabel = "ID", description = "The device id.") String id,
             @Option(names = "--from", paramLabel = "VERSION") Integer from,
             @Option(names = "--to", paramLabel = "VERSION") Integer to) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", from);
        query.put("to", to);
        JsonNode diff = root().api().get(path(id) + "/diff" + ApiClient.query(query));
        Printer printer = root().printer(spec);
        if (!printer.isTable()) {
            printer.raw(diff);
            return CommandLine.ExitCode.OK;
        }
        printer.note("version " + diff.path("from").asInt() + " -> " + diff.path("to").asInt() + ":");
        diff.path("changes").forEach(c -> printer.note("  " + c.path("field").asString() + ": "
                + c.path("before") + " -> " + c.path("after")));
        printer.note(diff.path("changes").size() + " field(s) changed");
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "apply", description = "Brings devices to their desired state; --dry-run shows the diff and the calls.")
    int apply(@CommandLine.Mixin ConfigSelection selection,
              @Option(names = "--dry-run", description = "Only show what would change.") boolean dryRun,
              @Option(names = "--restart", paramLabel = "POLICY", description = "now, later or never (default: the server's).") String restart,
              @Option(names = "--wait", description = "Follow the sync job until it finishes.") boolean wait) {
        Map<String, Object> body = selection.body();
        body.put("dryRun", dryRun);
        if (restart != null) {
            body.put("restart", restart.toUpperCase(java.util.Locale.ROOT));
        }
        JsonNode answer = root().api().post("/api/v1/config/sync", body);
        Printer printer = root().printer(spec);
        if (dryRun) {
            if (!printer.isTable()) {
                printer.raw(answer);
                return CommandLine.ExitCode.OK;
            }
            for (JsonNode device : answer.path("devices")) {
                printer.note(device.path("deviceId").asString() + ": " + device.path("outcome").asString()
                        + " - " + device.path("message").asString());
                device.path("changes").forEach(c -> printer.note("  - " + c.path("field").asString() + ": "
                        + c.path("actual") + "\n  + " + c.path("field").asString() + ": " + c.path("desired")));
                device.path("calls").forEach(call -> printer.note("    " + call.asString()));
                device.path("problems").forEach(p -> printer.note("  ! " + p.path("setting").asString() + ": "
                        + p.path("message").asString()));
            }
            return CommandLine.ExitCode.OK;
        }
        return followOrNote(answer, wait, "Sync");
    }

    @Command(name = "drift", description = "Checks devices against their desired state now and shows the report.")
    int drift(@CommandLine.Mixin ConfigSelection selection) {
        JsonNode report = root().api().post("/api/v1/config/drift", selection.body());
        Printer printer = root().printer(spec);
        if (!printer.isTable()) {
            printer.raw(report);
            return CommandLine.ExitCode.OK;
        }
        report.path("entries").forEach(e -> printer.note(e.path("deviceId").asString() + " " + e.path("field").asString()
                + ": desired " + e.path("desired").asString() + ", actual " + e.path("actual").asString()
                + " (since " + e.path("since").asString() + ")"));
        report.path("unreached").forEach(u -> printer.note(u.path("deviceId").asString() + " not checked: "
                + u.path("reason").asString()));
        printer.note(report.path("checked").asInt() + " checked, " + report.path("drifted").asInt() + " drifted, "
                + report.path("failed").asInt() + " not reached");
        return CommandLine.ExitCode.OK;
    }

    private int followOrNote(JsonNode job, boolean wait, String what) {
        Printer printer = root().printer(spec);
        String id = job.path("id").asString();
        if (!wait) {
            printer.note(what + " started as job " + id + ". Follow it with: shelly-manager jobs show " + id + " --wait");
            if (!printer.isTable()) {
                printer.raw(job);
            }
            return CommandLine.ExitCode.OK;
        }
        JsonNode finished = root().jobFollower(spec).follow(id);
        JobViews.print(printer, finished);
        return JobViews.succeeded(finished) ? CommandLine.ExitCode.OK : CliErrorHandler.FAILED;
    }

    private static JsonNode summary(JsonNode snapshot) {
        var copy = snapshot.deepCopy();
        if (copy instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove("sections");
        }
        return copy;
    }

    private ShellyManagerCommand root() {
        return ShellyManagerCommand.of(spec);
    }

    static String path(String id) {
        return "/api/v1/config/devices/" + ApiClient.encode(id);
    }

    /** Which devices: ids, or filters, or --all. */
    static final class ConfigSelection {

        @Option(names = "--id", paramLabel = "ID", description = "A device id (repeatable).")
        List<String> ids = List.of();

        @Option(names = "--tag", paramLabel = "TAG")
        String tag;

        @Option(names = "--room", paramLabel = "ROOM")
        String room;

        @Option(names = "--model", paramLabel = "MODEL")
        String model;

        @Option(names = "--all", description = "The whole fleet.")
        boolean all;

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ids", ids);
            body.put("tag", tag);
            body.put("room", room);
            body.put("model", model);
            body.put("all", all);
            return body;
        }
    }
}
