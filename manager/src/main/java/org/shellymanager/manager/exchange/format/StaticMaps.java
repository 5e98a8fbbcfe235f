package org.shellymanager.manager.exchange.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;

/**
 * The DHCP static mappings of OPNsense and pfSense configuration XML, which share the shape
 * {@code <root><dhcpd><lan><staticmap><mac/><ipaddr/><hostname/><descr/></staticmap>...}.
 */
final class StaticMaps {

    /** The fields of a static mapping that the check reads; each must appear once. */
    private static final Set<String> FIELDS = Set.of("mac", "ipaddr", "hostname");

    private StaticMaps() {
    }

    /** The document, indented by two spaces; text is escaped and characters XML cannot hold become U+FFFD. */
    static String write(String root, String dhcpInterface, List<Reservation> reservations) {
        StringBuilder xml = new StringBuilder(256 + 200 * reservations.size());
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<").append(root).append(">\n  <dhcpd>\n");
        if (reservations.isEmpty()) {
            xml.append("    <").append(dhcpInterface).append("/>\n");
        } else {
            xml.append("    <").append(dhcpInterface).append(">\n");
            for (Reservation r : reservations) {
                xml.append("      <staticmap>\n");
                element(xml, "mac", r.mac());
                element(xml, "ipaddr", r.ip());
                element(xml, "hostname", r.hostname());
                element(xml, "descr", Reservation.plain(r.device().label()));
                xml.append("      </staticmap>\n");
            }
            xml.append("    </").append(dhcpInterface).append(">\n");
        }
        return xml.append("  </dhcpd>\n</").append(root).append(">\n\n").toString();
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append("        <").append(name).append('>');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        xml.append("</").append(name).append(">\n");
    }

    /** The characters XML 1.0 allows in a document, but the carriage return, which a parser would turn into a line feed. */
    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
    }

    static void check(ExportFile file, String root) {
        XMLStreamReader xml = Parsers.xml(file);
        try {
            xml.nextTag();
            Parsers.require(xml.getLocalName().equals(root), file, "root element is not <" + root + ">");
            int maps = 0;
            Map<String, String> fields = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("staticmap")) {
                    maps++;
                    Parsers.require(fields == null, file, "staticmap " + maps + " is inside another");
                    fields = new HashMap<>();
                } else if (event == XMLStreamConstants.START_ELEMENT && fields != null && FIELDS.contains(xml.getLocalName())) {
                    fields.merge(xml.getLocalName(), xml.getElementText(), (first, twice) -> "");
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("staticmap")) {
                    Parsers.require(Reservation.isMac(fields.getOrDefault("mac", ""))
                            && Reservation.isIpv4(fields.getOrDefault("ipaddr", ""))
                            && Hostnames.isValid(fields.getOrDefault("hostname", "")), file, "staticmap " + maps + " is malformed");
                    fields = null;
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw Parsers.notXml(file, e);
        }
    }
}
