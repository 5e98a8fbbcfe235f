package org.shellymanager.manager.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.JsonOutput;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;
import org.shellymanager.manager.exchange.StreamedDocument;
import tools.jackson.databind.JsonNode;

/**
 * Home Assistant MQTT switches for the first switch channel of each device that has one, either as MQTT discovery
 * messages (topic and retained payload) or as a YAML package. Topics follow the devices' own MQTT conventions:
 * {@code shellies/<id>/relay/0} on Gen1, {@code <id>/status/switch:0} and {@code <id>/command/switch:0} on Gen2+.
 */
public final class HomeAssistantExporter implements Exporter {

    @Override
    public String name() {
        return "home-assistant";
    }

    @Override
    public String description() {
        return "Home Assistant MQTT switches: discovery messages (JSON) or a YAML package";
    }

    @Override
    public List<String> formats() {
        return List.of("mqtt-discovery", "package");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(ExportOption.text("discovery-prefix", "MQTT discovery prefix of Home Assistant", "homeassistant"));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        return request.option("discovery-prefix").matches("[A-Za-z0-9_-]{1,64}") ? List.of()
                : List.of("option discovery-prefix must be letters, digits, dashes or underscores");
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        List<SnapshotDevice> switches = snapshot.devices().stream().filter(d -> d.capabilities().contains("switch")).toList();
        if (request.format().equals("package")) {
            YamlWriter yaml = new YamlWriter().mapping("mqtt").sequence("switch");
            for (SnapshotDevice device : switches) {
                yaml.item();
                entity(device).forEach(yaml::entry);
                yaml.end();
            }
            return List.of(ExportFile.text("shelly_package.yaml", "application/yaml", yaml.end().end().text()));
        }
        String prefix = request.option("discovery-prefix");
        byte[] messages = JsonOutput.array(switches, device -> {
            Map<String, Object> payload = new LinkedHashMap<>(entity(device));
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("identifiers", List.of("shelly_" + device.mac()));
            about.put("name", device.label());
            about.put("model", device.productName());
            about.put("manufacturer", "Shelly");
            about.put("sw_version", device.firmware());
            payload.put("device", about);
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("topic", prefix + "/switch/shelly_" + device.mac() + "/config");
            message.put("retain", true);
            message.put("payload", payload);
            return message;
        });
        return List.of(new ExportFile("mqtt-discovery.json", "application/json", messages));
    }

    private static Map<String, String> entity(SnapshotDevice device) {
        Map<String, String> entity = new LinkedHashMap<>();
        entity.put("name", device.label());
        entity.put("unique_id", "shelly_" + device.mac() + "_switch_0");
        if (device.generation() == 1) {
            entity.put("command_topic", "shellies/" + device.deviceId() + "/relay/0/command");
            entity.put("state_topic", "shellies/" + device.deviceId() + "/relay/0");
            entity.put("payload_on", "on");
            entity.put("payload_off", "off");
        } else {
            entity.put("command_topic", device.deviceId() + "/command/switch:0");
            entity.put("state_topic", device.deviceId() + "/status/switch:0");
            entity.put("value_template", "{{ 'on' if value_json.output else 'off' }}");
            entity.put("payload_on", "on");
            entity.put("payload_off", "off");
            entity.put("state_on", "on");
            entity.put("state_off", "off");
        }
        return entity;
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        boolean yaml = request.format().equals("package");
        JsonNode rest = StreamedDocument.read(yaml ? Parsers.YAML : Parsers.JSON, file, yaml ? List.of("mqtt", "switch") : List.of(),
                (name, item) -> {
                    Parsers.require(name == null, file, "no list of switches");
                    JsonNode entity = yaml ? item : item.path("payload");
                    Parsers.require(entity.path("unique_id").isString() && entity.path("command_topic").isString()
                            && entity.path("state_topic").isString(), file, "switch without unique_id or topics");
                    Parsers.require(yaml || item.path("topic").asString("").endsWith("/config"), file,
                            "discovery message without a config topic");
                });
        Parsers.require((yaml ? rest.path("mqtt").path("switch") : rest).isArray(), file, "no list of switches");
    }
}
