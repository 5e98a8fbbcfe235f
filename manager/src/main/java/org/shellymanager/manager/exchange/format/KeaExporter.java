package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/** Kea DHCPv4 global host reservations, {@code {"Dhcp4": {"reservations": [...]}}}, to merge into kea-dhcp4.conf. */
public final class KeaExporter implements Exporter {

    @Override
    public String name() {
        return "kea";
    }

    @Override
    public String description() {
        return "Kea DHCPv4 host reservations (JSON)";
    }

    @Override
    public List<String> formats() {
        return List.of("json");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        List<Map<String, Object>> reservations = Reservation.of(snapshot.devices()).stream().map(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("hw-address", r.mac());
            entry.put("ip-address", r.ip());
            entry.put("hostname", r.hostname());
            return entry;
        }).toList();
        String text = Parsers.JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(Map.of("Dhcp4", Map.of("reservations", reservations)));
        return List.of(ExportFile.text("kea-reservations.json", "application/json", text + "\n"));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode reservations = Parsers.json(file).path("Dhcp4").path("reservations");
        Parsers.require(reservations.isArray(), file, "Dhcp4.reservations array missing");
        for (JsonNode r : reservations) {
            Parsers.require(Reservation.isMac(r.path("hw-address").asString(""))
                    && Reservation.isIpv4(r.path("ip-address").asString(""))
                    && Hostnames.isValid(r.path("hostname").asString("")), file, "malformed reservation " + r);
        }
    }
}
