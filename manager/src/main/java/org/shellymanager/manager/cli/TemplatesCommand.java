package org.shellymanager.manager.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code templates list|show|create|edit|delete|preview}. Templates are given as JSON files. */
@Command(name = "templates", description = "Manages configuration templates.")
final class TemplatesCommand implements Callable<Integer> {

    private static final String PATH = "/api/v1/config/templates";
    private static final Table LIST = new Table(List.of(Table.field("NAME", "name"), Table.field("PRIORITY", "priority"),
            Table.field("ASSIGNED TO", "assignTo"), Table.field("UPDATED", "updatedAt")));

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, show, create, edit, delete or preview");
    }

    @Command(name = "list", description = "Lists the templates.")
    int list() {
        JsonNode all = root().api().get(PATH);
        List<JsonNode> rows = Printer.rows(all);
        root().printer(spec).list(all, rows, LIST, rows.size() + " template(s)");
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "show", description = "Shows one template.")
    int show(@Parameters(paramLabel = "NAME") String name) {
        root().printer(spec).raw(root().api().get(PATH + "/" + ApiClient.encode(name)));
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "create", description = "Creates a template from a JSON file {name, priority, assignTo, settings}.")
    int create(@Parameters(paramLabel = "FILE") Path file) {
        root().printer(spec).raw(root().api().post(PATH, read(file)));
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "edit", description = "Replaces a template with the content of a JSON file.")
    int edit(@Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "FILE") Path file) {
        root().printer(spec).raw(root().api().put(PATH + "/" + ApiClient.encode(name), read(file)));
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "delete", description = "Deletes a template.")
    int delete(@Parameters(paramLabel = "NAME") String name) {
        root().api().delete(PATH + "/" + ApiClient.encode(name));
        root().printer(spec).note("template " + name + " deleted");
        return CommandLine.ExitCode.OK;
    }

    @Command(name = "preview", description = "Shows what a template sets on one device, field by field, and what does not apply.")
    int preview(@Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "DEVICE") String device) {
        JsonNode preview = root().api().get(PATH + "/" + ApiClient.encode(name) + "/preview/" + ApiClient.encode(device));
        Printer printer = root().printer(spec);
        if (!printer.isTable()) {
            printer.raw(preview);
            return CommandLine.ExitCode.OK;
        }
        preview.path("values").forEach(v -> printer.note(v.path("field").asString() + " = " + v.path("value")
                + "   (" + v.path("setting").asString() + ")"));
        preview.path("problems").forEach(p -> printer.note("! " + p.path("setting").asString() + ": " + p.path("message").asString()));
        return CommandLine.ExitCode.OK;
    }

    private static JsonNode read(Path file) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (tools.jackson.core.JacksonException e) {
            throw new CliInputException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private ShellyManagerCommand root() {
        return ShellyManagerCommand.of(spec);
    }
}
