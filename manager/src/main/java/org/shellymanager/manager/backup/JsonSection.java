package org.shellymanager.manager.backup;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The rows of a section in format versions 1 to 3: JSON lines, a header object naming a table and its columns, then
 * one array per row (docs/sma-format.md). Read only: archives are written as {@link BinarySection}s now.
 */
final class JsonSection {

    private JsonSection() {
    }

    static void read(InputStream stream, String section, ArchiveReader.RowSink sink) {
        try (JsonParser json = Archives.JSON.createParser(stream)) {
            List<String> columns = null;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    Map<?, ?> header = Archives.JSON.readValue(json, Map.class);
                    columns = new ArrayList<>();
                    for (Object column : (List<?>) header.get("columns")) {
                        columns.add(String.valueOf(column));
                    }
                    sink.table(String.valueOf(header.get("table")), columns, Boolean.TRUE.equals(header.get("clear")));
                } else if (token == JsonToken.START_ARRAY && columns != null) {
                    sink.row(row(json, columns.size()));
                } else {
                    throw ArchiveReader.corrupt("section " + section + " holds unexpected data");
                }
            }
        }
    }

    private static List<Object> row(JsonParser json, int width) {
        List<Object> values = new ArrayList<>(width);
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            values.add(switch (token) {
                case VALUE_NULL -> null;
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> json.getLongValue();
                case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
                case VALUE_STRING -> json.getString();
                case START_OBJECT -> new ArchiveReader.Secret(String.valueOf(Archives.JSON.readValue(json, Map.class).get(Archives.SECRET)));
                default -> throw ArchiveReader.corrupt("a row holds an unexpected " + token);
            });
        }
        if (values.size() != width) {
            throw ArchiveReader.corrupt("a row has " + values.size() + " values for " + width + " columns");
        }
        return values;
    }
}
