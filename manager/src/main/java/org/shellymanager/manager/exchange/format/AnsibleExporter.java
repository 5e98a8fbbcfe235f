package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;
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
        Map<String, Object> hosts = new LinkedHashMap<>();
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        String groupBy = request.option("group-by");
        for (SnapshotDevice device : snapshot.devices()) {
            String host = names.get(device.id());
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("ansible_host", device.host());
            vars.put("shelly_port", device.port());
            vars.put("shelly_mac", device.mac());
            vars.put("shelly_model", device.model());
            vars.put("shelly_generation", device.generation());
            vars.put("shelly_firmware", device.firmware());
            vars.put("shelly_name", device.name());
            hosts.put(host, vars);
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
        Map<String, Object> children = new LinkedHashMap<>();
        children.put("shelly", Map.of("hosts", hosts));
        groups.forEach((group, members) -> children.put(group, Map.of("hosts", members)));
        String yaml = Parsers.YAML.writeValueAsString(Map.of("all", Map.of("children", children)));
        return List.of(ExportFile.text("inventory.yaml", "application/yaml", yaml));
    }

    private static void member(Map<String, Map<String, Object>> groups, String prefix, String value, String host) {
        String label = Hostnames.label(value);
        String group = prefix + "_" + (label == null ? "unnamed" : label.replace('-', '_'));
        groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(host, null);
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode children = Parsers.yaml(file).path("all").path("children");
        Parsers.require(children.path("shelly").path("hosts").isObject(), file, "group shelly with hosts missing");
        for (String group : children.propertyNames()) {
            Parsers.require(group.matches("[a-z_][a-z0-9_]*"), file, "invalid group name " + group);
            for (String host : children.path(group).path("hosts").propertyNames()) {
                Parsers.require(Hostnames.isValid(host), file, "invalid host name " + host);
            }
        }
    }
}
