package org.shellymanager.manager.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields quoted when they hold a comma, quote or line break, CRLF line ends. For
 * spreadsheets, a cell that starts with {@code = + - @}, a tab or a carriage return is written with a leading
 * apostrophe so that no spreadsheet runs it as a formula; {@link #unneutralise} takes it off again on import.
 */
public final class Csv {

    /** One record and the line it starts on, counting from 1. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    private Csv() {
    }

    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(neutralise(cells.get(i))));
        }
        return out.append("\r\n").toString();
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    public static String unneutralise(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /**
     * Parses CSV text; a trailing line break is optional, empty lines are skipped.
     *
     * @throws IllegalArgumentException naming the line of a quote that is not closed or text after a closing quote
     */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!cells.isEmpty() || !cell.isEmpty() || wasQuoted) {
                    cells.add(cell.toString());
                    rows.add(new Row(start, cells));
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else if (wasQuoted) {
                throw new IllegalArgumentException("line " + line + ": text after a closing quote");
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted field is not closed");
        }
        if (!cells.isEmpty() || !cell.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            rows.add(new Row(start, cells));
        }
        return rows;
    }
}
