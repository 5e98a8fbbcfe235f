package org.shellymanager.manager.exchange.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;

/** ISC dhcpd {@code host} declarations with {@code hardware ethernet} and {@code fixed-address}. */
public final class IscDhcpdExporter implements Exporter {

    private static final Pattern TOKEN = Pattern.compile("#[^\n]*|[{};]|[^\\s{};#]+");

    @Override
    public String name() {
        return "isc-dhcpd";
    }

    @Override
    public String description() {
        return "ISC dhcpd host declarations (hardware ethernet, fixed-address)";
    }

    @Override
    public List<String> formats() {
        return List.of("conf");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        StringBuilder out = new StringBuilder("# Shelly devices, written by Shelly Manager\n");
        for (Reservation r : Reservation.of(snapshot.devices())) {
            out.append("host ").append(r.hostname()).append(" {\n")
                    .append("  hardware ethernet ").append(r.mac()).append(";\n")
                    .append("  fixed-address ").append(r.ip()).append(";\n")
                    .append("}\n");
        }
        return List.of(ExportFile.text("dhcpd-shelly.conf", "text/plain", out.toString()));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(file.text());
        while (matcher.find()) {
            if (!matcher.group().startsWith("#")) {
                tokens.add(matcher.group());
            }
        }
        Parsers.require(tokens.size() % 11 == 0, file, "declarations are incomplete");
        for (int i = 0; i < tokens.size(); i += 11) {
            List<String> d = tokens.subList(i, i + 11);
            Parsers.require(d.get(0).equals("host") && Hostnames.isValid(d.get(1)) && d.get(2).equals("{")
                    && d.get(3).equals("hardware") && d.get(4).equals("ethernet") && Reservation.isMac(d.get(5))
                    && d.get(6).equals(";") && d.get(7).equals("fixed-address") && Reservation.isIpv4(d.get(8))
                    && d.get(9).equals(";") && d.get(10).equals("}"), file, "host declaration " + (i / 11 + 1) + " is malformed");
        }
    }
}
