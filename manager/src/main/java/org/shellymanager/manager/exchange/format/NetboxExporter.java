package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.Csv;
import org.shellymanager.manager.exchange.ExportCheckException;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/** NetBox device bulk import (Devices > Import), as CSV or JSON, with the site and role chosen by options. */
public final class NetboxExporter implements Exporter {

    private static final List<String> COLUMNS = List.of("name", "role", "manufacturer", "device_type", "site", "status",
            "serial", "description");

    @Override
    public String name() {
        return "netbox";
    }

    @Override
    public String description() {
        return "NetBox device bulk import (CSV or JSON)";
    }

    @Override
    public List<String> formats() {
        return List.of("csv", "json");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.text("site", "NetBox site slug the devices belong to", "home"),
                ExportOption.text("role", "NetBox device role slug", "iot"));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        return request.option("site").matches("[a-z0-9_-]{1,100}") && request.option("role").matches("[a-z0-9_-]{1,100}")
                ? List.of() : List.of("options site and role must be NetBox slugs (lowercase letters, digits, - and _)");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        List<Map<String, String>> rows = snapshot.devices().stream().map(device -> row(device, request)).toList();
        if (request.format().equals("json")) {
            String text = Parsers.JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(rows);
            return List.of(ExportFile.text("netbox-devices.json", "application/json", text + "\n"));
        }
        StringBuilder out = new StringBuilder(Csv.line(COLUMNS));
        rows.forEach(row -> out.append(Csv.line(COLUMNS.stream().map(row::get).toList())));
        return List.of(ExportFile.text("netbox-devices.csv", "text/csv", out.toString()));
    }

    private static Map<String, String> row(SnapshotDevice device, ExportRequest request) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", Reservation.plain(device.label()));
        row.put("role", request.option("role"));
        row.put("manufacturer", "Shelly");
        row.put("device_type", device.model());
        row.put("site", request.option("site"));
        row.put("status", device.status().equals("ACTIVE") ? "active" : "offline");
        row.put("serial", device.mac());
        row.put("description", Reservation.plain(device.productName() + (device.room() == null ? "" : ", " + device.room())));
        return row;
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        if (request.format().equals("json")) {
            JsonNode rows = Parsers.json(file);
            Parsers.require(rows.isArray(), file, "not a JSON array");
            rows.forEach(row -> Parsers.require(COLUMNS.stream().allMatch(c -> row.path(c).isString()), file, "row without " + COLUMNS));
            return;
        }
        try {
            List<Csv.Row> rows = Csv.parse(file.text());
            Parsers.require(!rows.isEmpty() && rows.getFirst().cells().equals(COLUMNS), file, "header row missing");
            rows.forEach(row -> Parsers.require(row.cells().size() == COLUMNS.size(), file, "line " + row.line() + " has the wrong field count"));
        } catch (IllegalArgumentException e) {
            throw new ExportCheckException(file.path() + ": " + e.getMessage(), e);
        }
    }
}
