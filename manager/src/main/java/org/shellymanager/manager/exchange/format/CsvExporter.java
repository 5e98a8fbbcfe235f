package org.shellymanager.manager.exchange.format;

import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.Csv;
import org.shellymanager.manager.exchange.DeviceFields;
import org.shellymanager.manager.exchange.ExportCheckException;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;

/**
 * The inventory as CSV for spreadsheets, one device a row with the columns of {@link DeviceFields}; lists (tags,
 * capabilities) are joined with semicolons. Formula-like cells are neutralised (see {@link Csv}).
 */
public final class CsvExporter implements Exporter {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "Inventory as CSV for spreadsheets, formula injection neutralised; import reads it back";
    }

    @Override
    public List<String> formats() {
        return List.of("csv");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        StringBuilder out = new StringBuilder(Csv.line(DeviceFields.NAMES));
        for (SnapshotDevice device : snapshot.devices()) {
            Map<String, Object> fields = DeviceFields.of(device);
            out.append(Csv.line(DeviceFields.NAMES.stream().map(name -> cell(fields.get(name))).toList()));
        }
        return List.of(ExportFile.text("devices.csv", "text/csv", out.toString()));
    }

    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case List<?> list -> String.join(";", list.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(file.text());
        } catch (IllegalArgumentException e) {
            throw new ExportCheckException(file.path() + ": " + e.getMessage(), e);
        }
        Parsers.require(!rows.isEmpty() && rows.getFirst().cells().equals(DeviceFields.NAMES), file, "header row missing");
        for (Csv.Row row : rows) {
            Parsers.require(row.cells().size() == DeviceFields.NAMES.size(), file,
                    "line " + row.line() + " has " + row.cells().size() + " fields, not " + DeviceFields.NAMES.size());
            Parsers.require(row.cells().stream().noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0),
                    file, "line " + row.line() + " has a cell a spreadsheet would run as a formula");
        }
    }
}
