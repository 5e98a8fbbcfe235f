package org.shellymanager.manager.exchange.format;

import java.util.List;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;

/** dnsmasq {@code dhcp-host} reservations: MAC, fixed IPv4 address and host name. */
public final class DnsmasqExporter implements Exporter {

    @Override
    public String name() {
        return "dnsmasq";
    }

    @Override
    public String description() {
        return "dnsmasq dhcp-host reservations (MAC, IPv4 address, host name)";
    }

    @Override
    public List<String> formats() {
        return List.of("conf");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        StringBuilder out = new StringBuilder("# Shelly devices, written by Shelly Manager\n");
        for (Reservation r : Reservation.of(snapshot.devices())) {
            out.append("dhcp-host=").append(r.mac()).append(',').append(r.ip()).append(',').append(r.hostname()).append('\n');
        }
        return List.of(ExportFile.text("shelly-dhcp.conf", "text/plain", out.toString()));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() || lines[i].startsWith("#")) {
                continue;
            }
            String[] fields = lines[i].startsWith("dhcp-host=") ? lines[i].substring(10).split(",", -1) : new String[0];
            Parsers.require(fields.length == 3 && Reservation.isMac(fields[0])
                    && Reservation.isIpv4(fields[1]) && Hostnames.isValid(fields[2]), file,
                    "line " + (i + 1) + " is not dhcp-host=<mac>,<ipv4>,<hostname>");
        }
    }
}
