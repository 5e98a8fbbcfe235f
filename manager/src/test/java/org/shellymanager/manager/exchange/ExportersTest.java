package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.ManagerException;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

class ExportersTest {

    private static final ExporterRegistry REGISTRY = new ExporterRegistry();

    private ExportFile only(String exporter, String format, Map<String, String> options) {
        Exporter chosen = REGISTRY.get(exporter);
        ExportRequest request = ExportService.request(chosen, format, options);
        List<ExportFile> files = chosen.export(Snapshots.fleet(), request);
        files.forEach(file -> chosen.check(file, request));
        return files.getFirst();
    }

    @Test
    void findsEveryBuiltInExporterThroughTheServiceLoader() {
        assertThat(REGISTRY.all()).extracting(Exporter::name).containsExactly("ansible", "csv", "dnsmasq", "graphviz",
                "home-assistant", "hosts", "isc-dhcpd", "json", "kea", "netbox", "opnsense", "pfsense", "prometheus",
                "template", "toml");
    }

    @Test
    void everyFormatOfEveryExporterParsesBackWithHostileNames() {
        for (Exporter exporter : REGISTRY.all()) {
            for (String format : exporter.formats()) {
                ExportRequest request = ExportService.request(exporter, format, Map.of());
                List<ExportFile> files = exporter.export(Snapshots.fleet(), request);
                assertThat(files).as(exporter.name() + " " + format).isNotEmpty();
                files.forEach(file -> exporter.check(file, request));
            }
        }
    }

    @Test
    void yamlOfTenThousandDevicesPassesItsCheck() {
        FleetSnapshot large = Snapshots.large(10_000);
        Exporter ansible = REGISTRY.get("ansible");
        ExportRequest inventory = ExportService.request(ansible, null, Map.of());
        ExportFile file = ansible.export(large, inventory).getFirst();
        assertThat(file.content().length).as("larger than the YAML parser's default limit of 3 M code points")
                .isGreaterThan(3 << 20);
        ansible.check(file, inventory);
        Exporter homeAssistant = REGISTRY.get("home-assistant");
        ExportRequest yamlPackage = ExportService.request(homeAssistant, "package", Map.of());
        homeAssistant.export(large, yamlPackage).forEach(output -> homeAssistant.check(output, yamlPackage));
    }

    @Test
    void hostsFileHasValidUniqueNamesAndOnlyIpv4Devices() {
        String hosts = only("hosts", null, Map.of("domain", "home.arpa")).text();
        assertThat(hosts.lines().filter(line -> !line.startsWith("#"))).containsExactly(
                "192.168.1.10\tkuche-licht-b-amp-b-hyperlink-x-next-line kuche-licht-b-amp-b-hyperlink-x-next-line.home.arpa",
                "192.168.1.11\tkitchen-light kitchen-light.home.arpa",
                "192.168.2.12\tkitchen-light-000003 kitchen-light-000003.home.arpa",
                "10.0.0.5\tshelly-a8032a000005 shelly-a8032a000005.home.arpa");
    }

    @Test
    void dnsmasqAndIscLinesCarryMacAddressAndName() {
        assertThat(only("dnsmasq", null, Map.of()).text()).contains("dhcp-host=a8:03:2a:00:00:02,192.168.1.11,kitchen-light\n");
        assertThat(only("isc-dhcpd", null, Map.of()).text()).contains(
                "host kitchen-light {\n  hardware ethernet a8:03:2a:00:00:02;\n  fixed-address 192.168.1.11;\n}\n");
    }

    @Test
    void xmlKeepsTheNameAsTextWithoutMarkup() throws Exception {
        ExportFile file = only("opnsense", null, Map.of("interface", "opt1"));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(file.content()));
        assertThat(document.getElementsByTagName("opt1").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("descr").item(0).getTextContent())
                .isEqualTo("Küche \"Licht\" <b>&amp;</b>,=HYPERLINK(\"x\")|{}[];#  next line");
    }

    @Test
    void csvNeutralisesFormulasAndQuotesSeparators() {
        List<Csv.Row> rows = Csv.parse(only("csv", null, Map.of()).text());
        assertThat(rows).hasSize(6);
        List<String> hostile = rows.get(1).cells();
        assertThat(hostile.get(DeviceFields.NAMES.indexOf("name"))).isEqualTo(Snapshots.HOSTILE);
        List<String> formula = rows.get(5).cells();
        assertThat(formula.get(DeviceFields.NAMES.indexOf("name"))).isEqualTo("'-=@+");
        assertThat(formula.get(DeviceFields.NAMES.indexOf("room"))).isEqualTo("'=1+1");
        assertThat(Csv.unneutralise(formula.get(DeviceFields.NAMES.indexOf("tags")))).isEqualTo("=cmd");
    }

    @Test
    void ansibleGroupsByTagRoomAndModel() {
        JsonNode children = Parsers.YAML.readTree(only("ansible", null, Map.of()).content()).path("all").path("children");
        assertThat(children.propertyNames()).contains("shelly", "tag_light", "tag_ground_floor", "room_kuche", "room_hall_way",
                "model_snsw_001p16eu");
        assertThat(children.path("shelly").path("hosts").path("kitchen-light").path("ansible_host").asString()).isEqualTo("192.168.1.11");
        assertThat(children.path("shelly").path("hosts").path("shellyplus1pm-a8032a000004").path("ansible_host").asString())
                .isEqualTo("shelly-4.local");
    }

    @Test
    void homeAssistantUsesEachGenerationsTopics() {
        JsonNode messages = Parsers.JSON.readTree(only("home-assistant", "mqtt-discovery", Map.of()).content());
        assertThat(messages).hasSize(3);
        assertThat(messages.get(1).path("topic").asString()).isEqualTo("homeassistant/switch/shelly_A8032A000002/config");
        assertThat(messages.get(1).path("payload").path("command_topic").asString())
                .isEqualTo("shellies/shellyplus1pm-a8032a000002/relay/0/command");
        assertThat(messages.get(0).path("payload").path("state_topic").asString())
                .isEqualTo("shellyplus1pm-a8032a000001/status/switch:0");
        assertThat(messages.get(0).path("payload").path("device").propertyNames()).as("a fixed order, the same bytes in every run")
                .containsExactly("identifiers", "name", "model", "manufacturer", "sw_version");
        JsonNode yaml = Parsers.YAML.readTree(only("home-assistant", "package", Map.of()).content());
        assertThat(yaml.path("mqtt").path("switch").get(0).path("name").asString()).isEqualTo(Snapshots.HOSTILE);
    }

    @Test
    void graphvizLabelsCannotEscapeTheirQuotes() {
        String dot = only("graphviz", null, Map.of()).text();
        assertThat(dot).contains("label=\"Küche \\\"Licht\\\" <b>&amp;</b>,=HYPERLINK(\\\"x\\\")|{}[];#\\n next line\\n");
    }

    @Test
    void templatesRenderShippedExamplesAndEscapeValues() {
        String markdown = only("template", null, Map.of()).text();
        assertThat(markdown).contains("| Kitchen Light | Shelly Plus 1PM | 192.168.2.12 | a8:03:2a:00:00:03 | Hall\\|way | light |");
        String html = only("template", null, Map.of("template", "html")).text();
        assertThat(html).contains("<td>Küche &quot;Licht&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;").doesNotContain("<b>");
        String custom = only("template", null, Map.of("template", "custom", "body",
                "{{#devices}}{{mac}}={{getClass}}{{class}}{{^room}}no room{{/room}};{{/devices}}")).text();
        assertThat(custom).isEqualTo("A8032A000001=;A8032A000002=no room;A8032A000003=;A8032A000004=no room;A8032A000005=;");
    }

    @Test
    void refusesBadOptionsWithEveryProblemNamed() {
        assertThatThrownBy(() -> ExportService.request(REGISTRY.get("hosts"), "xml", Map.of("domain", "Bad_Domain", "colour", "red")))
                .isInstanceOfSatisfying(ManagerException.class, e -> assertThat(e.getMessage())
                        .contains("format must be one of [hosts]").contains("unknown option 'colour'"));
        assertThatThrownBy(() -> ExportService.request(REGISTRY.get("template"), null, Map.of("template", "custom", "body", "{{#a}}x")))
                .hasMessageContaining("section {{#a}} is not closed");
        assertThatThrownBy(() -> ExportService.request(REGISTRY.get("prometheus"), null, Map.of("port", "x80")))
                .hasMessageContaining("option port must be a whole number");
    }

    @Test
    void checksRejectOutputThatDoesNotParse() {
        Exporter hosts = REGISTRY.get("hosts");
        ExportRequest request = ExportService.request(hosts, null, Map.of());
        assertThatThrownBy(() -> hosts.check(ExportFile.text("hosts", "text/plain", "192.168.1.300 x\n"), request))
                .isInstanceOf(ExportCheckException.class).hasMessageContaining("line 1");
        Exporter kea = REGISTRY.get("kea");
        assertThatThrownBy(() -> kea.check(ExportFile.text("k.json", "application/json", "{\"Dhcp4\":"), ExportService.request(kea, null, Map.of())))
                .isInstanceOf(ExportCheckException.class);
        Exporter graphviz = REGISTRY.get("graphviz");
        assertThatThrownBy(() -> graphviz.check(ExportFile.text("g.dot", "text/plain", "graph g { a [label=\"x\n\"]; }"),
                ExportService.request(graphviz, null, Map.of()))).isInstanceOf(ExportCheckException.class);
    }

    @Test
    void streamedChecksRefuseABadItemAnywhereInTheList() {
        Exporter ansible = REGISTRY.get("ansible");
        assertThatThrownBy(() -> ansible.check(ExportFile.text("inventory.yaml", "application/yaml", """
                all:
                  children:
                    shelly:
                      hosts:
                        good-host: {ansible_host: 192.168.1.2}
                        bad_host!: {ansible_host: 192.168.1.3}
                """), ExportService.request(ansible, null, Map.of()))).hasMessageContaining("invalid host name bad_host!");
        Exporter kea = REGISTRY.get("kea");
        assertThatThrownBy(() -> kea.check(ExportFile.text("k.json", "application/json", """
                {"Dhcp4": {"reservations": [
                  {"hw-address": "aa:bb:cc:dd:ee:01", "ip-address": "192.168.1.2", "hostname": "a"},
                  {"hw-address": "aa:bb:cc:dd:ee:02", "ip-address": "192.168.1.300", "hostname": "b"}]}}
                """), ExportService.request(kea, null, Map.of()))).hasMessageContaining("malformed reservation");
        Exporter homeAssistant = REGISTRY.get("home-assistant");
        assertThatThrownBy(() -> homeAssistant.check(ExportFile.text("m.json", "application/json", "{\"topic\": \"x/config\"}"),
                ExportService.request(homeAssistant, null, Map.of()))).hasMessageContaining("no list of switches");
    }

    @Test
    void staticMapsEscapeTextAndReplaceWhatXmlCannotHold() {
        Exporter pfsense = REGISTRY.get("pfsense");
        ExportRequest request = ExportService.request(pfsense, null, Map.of());
        FleetSnapshot odd = new FleetSnapshot(Instant.EPOCH, "test", List.of(Snapshots.device(1, "a<b>&c \uFFFF \uD800 \uD83D\uDCA1",
                null, List.of(), "192.168.1.10", 2, List.of("switch"))));
        ExportFile file = pfsense.export(odd, request).getFirst();
        pfsense.check(file, request);
        assertThat(file.text()).contains("<descr>a&lt;b&gt;&amp;c \uFFFD \uFFFD \uD83D\uDCA1</descr>");
        ExportFile empty = pfsense.export(new FleetSnapshot(Instant.EPOCH, "test", List.of()), request).getFirst();
        pfsense.check(empty, request);
        assertThat(empty.text()).contains("<lan/>");
    }

    @Test
    void staticMapCheckReadsTheXmlAsAStreamAndRefusesDoctypes() {
        Exporter opnsense = REGISTRY.get("opnsense");
        ExportRequest request = ExportService.request(opnsense, null, Map.of());
        String map = "<staticmap><mac>aa:bb:cc:dd:ee:01</mac><ipaddr>192.168.1.2</ipaddr><hostname>%s</hostname></staticmap>";
        opnsense.check(ExportFile.text("c.xml", "application/xml",
                "<opnsense><dhcpd><lan>" + map.formatted("a") + "</lan></dhcpd></opnsense>"), request);
        assertThatThrownBy(() -> opnsense.check(ExportFile.text("c.xml", "application/xml",
                "<opnsense><dhcpd><lan>" + map.formatted("a") + map.formatted("bad host") + "</lan></dhcpd></opnsense>"), request))
                .hasMessageContaining("staticmap 2 is malformed");
        assertThatThrownBy(() -> opnsense.check(ExportFile.text("c.xml", "application/xml",
                "<opnsense><dhcpd><lan><staticmap>" + map.formatted("a") + "</staticmap></lan></dhcpd></opnsense>"), request))
                .hasMessageContaining("staticmap 2 is inside another");
        assertThatThrownBy(() -> opnsense.check(ExportFile.text("c.xml", "application/xml",
                "<pfsense><dhcpd><lan>" + map.formatted("a") + "</lan></dhcpd></pfsense>"), request))
                .hasMessageContaining("root element is not <opnsense>");
        assertThatThrownBy(() -> opnsense.check(ExportFile.text("c.xml", "application/xml", """
                <!DOCTYPE opnsense [<!ENTITY name SYSTEM "file:///etc/hostname">]>
                <opnsense><dhcpd><lan>%s</lan></dhcpd></opnsense>""".formatted(map.formatted("&name;"))), request))
                .isInstanceOf(ExportCheckException.class);
        assertThatThrownBy(() -> opnsense.check(ExportFile.text("c.xml", "application/xml", "<opnsense><dhcpd>"), request))
                .hasMessageContaining("not well-formed XML");
    }
}
