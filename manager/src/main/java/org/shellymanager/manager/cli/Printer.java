package org.shellymanager.manager.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Prints answers from the server as a table, JSON or YAML, as the user chose with {@code -o}. */
final class Printer {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final PrintWriter out;
    private final OutputFormat format;
    private final JsonMapper json;

    Printer(PrintWriter out, OutputFormat format, JsonMapper json) {
        this.out = out;
        this.format = format;
        this.json = json;
    }

    boolean isTable() {
        return format == OutputFormat.table;
    }

    /** The elements of a JSON array answer, as table rows. */
    static List<JsonNode> rows(JsonNode array) {
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }

    /** A list of objects; as a table, one row each (none when the list is empty) and then the footer line. */
    void list(JsonNode whole, List<JsonNode> rows, Table table, String footer) {
        if (!isTable()) {
            raw(whole);
            return;
        }
        if (!rows.isEmpty()) {
            out.println(table.render(rows));
        }
        out.println(footer);
        out.flush();
    }

    /** One object; as a table, one {@code field: value} line per top-level field, in the server's order. */
    void object(JsonNode node) {
        if (!isTable()) {
            raw(node);
            return;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
        int width = fields.stream().mapToInt(field -> field.getKey().length()).max().orElse(0);
        fields.forEach(field -> out.printf("%-" + (width + 1) + "s %s%n", field.getKey() + ":", Table.text(field.getValue())));
        out.flush();
    }

    /** A line for people, printed only in table mode so that JSON and YAML output stays machine-readable. */
    void note(String line) {
        if (isTable()) {
            out.println(line);
            out.flush();
        }
    }

    void raw(JsonNode node) {
        switch (format) {
            case json, table -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            case yaml -> out.print(YAML.writeValueAsString(node));
        }
        out.flush();
    }
}
