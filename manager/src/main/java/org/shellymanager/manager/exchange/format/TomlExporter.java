package org.shellymanager.manager.exchange.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shellymanager.manager.exchange.DeviceFields;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.SnapshotDevice;
import tools.jackson.databind.JsonNode;

/**
 * One TOML file per device, {@code devices/<mac>.toml}, with its fields in a fixed order so that a Git working
 * copy of the tree diffs cleanly; fields without a value are left out. A device with desired configuration of its
 * own (settings that win over templates, variables) has it under {@code desired}, settings sorted by path and
 * write-only values as references to stored secrets, never in clear. Import reads the tree back.
 */
public final class TomlExporter implements Exporter {

    @Override
    public String name() {
        return "toml";
    }

    @Override
    public String description() {
        return "One TOML file per device (devices/<mac>.toml), stable order for Git; import reads the tree back";
    }

    @Override
    public List<String> formats() {
        return List.of("toml");
    }

    @Override
    public Set<FleetSnapshot.Part> needs() {
        return Set.of(FleetSnapshot.Part.DEVICES, FleetSnapshot.Part.DESIRED);
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        List<ExportFile> files = new ArrayList<>();
        for (SnapshotDevice device : snapshot.devices()) {
            Map<String, Object> fields = new LinkedHashMap<>(DeviceFields.of(device));
            fields.values().removeIf(value -> value == null);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("device", fields);
            snapshot.desired(device).ifPresent(desired -> {
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("settings", desired.settings());
                table.put("variables", desired.variables());
                document.put("desired", table);
            });
            files.add(ExportFile.text("devices/" + device.mac().toLowerCase(Locale.ROOT) + ".toml", "application/toml",
                    TomlWriter.document(document)));
        }
        return files;
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        JsonNode document = Parsers.toml(file);
        JsonNode device = document.path("device");
        Parsers.require(device.path("mac").isString(), file, "[device] table with a mac missing");
        Parsers.require(file.path().equals("devices/" + device.path("mac").asString().toLowerCase(Locale.ROOT) + ".toml"),
                file, "file name does not match the MAC inside");
        JsonNode desired = document.path("desired");
        Parsers.require(desired.isMissingNode() || desired.isObject(), file, "desired is not a table");
    }
}
