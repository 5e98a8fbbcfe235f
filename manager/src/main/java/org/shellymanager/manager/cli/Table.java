package org.shellymanager.manager.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/** Columns of values taken from JSON objects, printed aligned under upper-case headers. */
record Table(List<Column> columns) {

    /** One column: its header and how to get its cell from a row. */
    record Column(String header, Function<JsonNode, String> value) {
    }

    Table {
        columns = List.copyOf(columns);
    }

    /** A column holding a field's value as text, or {@code -} when the field is absent or null. */
    static Column field(String header, String field) {
        return new Column(header, row -> text(row.path(field)));
    }

    static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "-";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return items.isEmpty() ? "-" : String.join(",", items);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    String render(List<JsonNode> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(Column::header).toList());
        rows.forEach(row -> cells.add(columns.stream().map(column -> oneLine(column.value().apply(row))).toList()));
        int[] widths = new int[columns.size()];
        cells.forEach(line -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        return cells.stream().map(line -> pad(line, widths)).collect(Collectors.joining(System.lineSeparator()));
    }

    private static String pad(List<String> line, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            text.append(i == line.size() - 1 ? line.get(i) : String.format("%-" + widths[i] + "s  ", line.get(i)));
        }
        return text.toString().stripTrailing();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
