package org.shellymanager.manager.backup;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of a section in format version 4: blocks, each a table header (the same JSON object as in the JSON lines
 * of older versions, length-prefixed) followed by its rows, each value tagged with its kind; an end mark closes the
 * section. Numbers and binary values are stored as they are, so nothing is formatted as text and parsed back.
 */
final class BinarySection {

    static final int TABLE = 'T';
    static final int ROW = 'R';
    static final int END = 'E';

    static final int NULL = 0;
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int INTEGER = 3;
    static final int DOUBLE = 4;
    static final int DECIMAL = 5;
    static final int TEXT = 6;
    static final int SECRET = 7;
    static final int BINARY = 8;

    private BinarySection() {
    }

    /** Hands the section's blocks to {@code sink}; a section that does not decode throws {@code archive.corrupt}. */
    static void read(InputStream stream, String section, ArchiveReader.RowSink sink) throws IOException {
        SectionInput in = new SectionInput(stream);
        int width = -1;
        for (int block = in.readByte(); block != END; block = in.readByte()) {
            if (block == TABLE) {
                Map<?, ?> header = Archives.JSON.readValue(in.readBytes(), Map.class);
                List<String> columns = new ArrayList<>();
                for (Object column : (List<?>) header.get("columns")) {
                    columns.add(String.valueOf(column));
                }
                width = columns.size();
                sink.table(String.valueOf(header.get("table")), columns, Boolean.TRUE.equals(header.get("clear")));
            } else if (block == ROW && width >= 0) {
                List<Object> values = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    values.add(value(in));
                }
                sink.row(values);
            } else {
                throw ArchiveReader.corrupt("section " + section + " holds unexpected data");
            }
        }
        if (in.next() >= 0) {
            throw ArchiveReader.corrupt("section " + section + " holds data after its end");
        }
    }

    private static Object value(SectionInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INTEGER -> in.readVarLong();
            case DOUBLE -> in.readDouble();
            case DECIMAL -> new BigDecimal(in.readString());
            case TEXT -> in.readString();
            case SECRET -> new ArchiveReader.Secret(in.readString());
            case BINARY -> in.readBytes();
            default -> throw ArchiveReader.corrupt("a row holds a value of unknown kind " + tag);
        };
    }
}
