package org.shellymanager.manager.exchange.format;

import java.util.List;
import java.util.regex.Pattern;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;

/** An {@code /etc/hosts} fragment: one line per device with an IPv4 address, short name and optional FQDN. */
public final class HostsExporter implements Exporter {

    private static final Pattern BLANKS = Pattern.compile("[ \t]+");

    @Override
    public String name() {
        return "hosts";
    }

    @Override
    public String description() {
        return "/etc/hosts lines for devices with an IPv4 address, names made valid";
    }

    @Override
    public List<String> formats() {
        return List.of("hosts");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.text("domain", "DNS domain appended for a second, fully qualified name", null));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        return Domains.problems(request.option("domain"));
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        String domain = request.option("domain");
        StringBuilder out = new StringBuilder("# Shelly devices, written by Shelly Manager\n");
        for (Reservation reservation : Reservation.of(snapshot.devices())) {
            out.append(reservation.ip()).append('\t').append(reservation.hostname());
            if (domain != null) {
                out.append(' ').append(reservation.hostname()).append('.').append(domain);
            }
            out.append('\n');
        }
        return List.of(ExportFile.text("hosts", "text/plain", out.toString()));
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = BLANKS.split(line);
            Parsers.require(fields.length >= 2 && Reservation.isIpv4(fields[0]), file,
                    "line " + (i + 1) + " does not start with an IPv4 address and a name");
            for (int f = 1; f < fields.length; f++) {
                for (String label : fields[f].split("\\.", -1)) {
                    Parsers.require(Hostnames.isValid(label), file, "line " + (i + 1) + ": invalid host name " + fields[f]);
                }
            }
        }
    }
}
