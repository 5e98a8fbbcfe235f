package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;
import org.shellymanager.manager.exchange.StreamedDocument;
import tools.jackson.databind.JsonNode;

/**
 * An Ansible YAML inventory: every device under the group {@code shelly} with its address and facts as host
 * variables, plus groups by tag ({@code tag_<tag>}), room ({@code room_<room>}) and model ({@code model_<model>}).
 */
public final class AnsibleExporter implements Exporter {

    @Override
    public String name() {
        return "ansible";
    }

    @Override
    public String description() {
        return "Ansible YAML inventory with groups by tag, room and model";
    }

    @Override
    public List<String> formats() {
        return List.of("yaml");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.choice("group-by", "Which groups to add besides 'shelly'", List.of("all", "tag", "room", "model", "none")));
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        Map<String, String> names = Hostnames.assign(snapshot.devices());
        Map<String, Set<String>> groups = new TreeMap<>();
        String groupBy = request.option("group-by");
        YamlWriter yaml = new YamlWriter().mapping("all").mapping("children").mapping("shelly").mapping("hosts");
        for (SnapshotDevice device : snapshot.devices()) {
            String host = names.get(device.id());
            yaml.mapping(host)
                    .entry("ansible_host", device.host())
                    .entry("shelly_port", device.port())
                    .entry("shelly_mac", device.mac())
                    .entry("shelly_model", device.model())
                    .entry("shelly_generation", device.generation())
                    .entry("shelly_firmware", device.firmware())
                    .entry("shelly_name", device.name())
                    .end();
            if (groupBy.equals("all") || groupBy.equals("tag")) {
                device.tags().forEach(tag -> member(groups, "tag", tag, host));
            }
            if ((groupBy.equals("all") || groupBy.equals("room")) && device.room() != null) {
                member(groups, "room", device.room(), host);
            }
            if (groupBy.equals("all") || groupBy.equals("model")) {
                member(groups, "model", device.model(), host);
            }
        }
        yaml.end().end();
        groups.forEach((group, members) -> {
            yaml.mapping(group).mapping("hosts");
            members.forEach(yaml::nullEntry);
            yaml.end().end();
        });
        String text = yaml.end().end().text();
        return List.of(ExportFile.text("inventory.yaml", "application/yaml", text));
    }

    private static void member(Map<String, Set<String>> groups, String prefix, String value, String host) {
        String label = Hostnames.label(value);
        String group = prefix + "_" + (label == null ? "unnamed" : label.replace('-', '_'));
        groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(host);
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode children = StreamedDocument.read(Parsers.YAML, file, List.of("all", "children", "shelly", "hosts"),
                (host, variables) -> Parsers.require(host != null && Hostnames.isValid(host), file, "invalid host name " + host))
                .path("all").path("children");
        Parsers.require(children.path("shelly").path("hosts").isObject(), file, "group shelly with hosts missing");
        for (String group : children.propertyNames()) {
            Parsers.require(group.matches("[a-z_][a-z0-9_]*"), file, "invalid group name " + group);
            for (String host : children.path(group).path("hosts").propertyNames()) {
                Parsers.require(Hostnames.isValid(host), file, "invalid host name " + host);
            }
        }
    }
}
