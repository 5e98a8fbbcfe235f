package org.shellymanager.manager.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.shellymanager.manager.config.DesiredOverrides;
import org.shellymanager.manager.exchange.format.JsonExporter;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an import file in any of the formats the full exporters write, told apart by content: the JSON document,
 * a ZIP of the per-device TOML tree (as the CLI sends a directory or Git working copy), a single TOML file, or CSV
 * with a {@code mac} column. Every problem is collected with its line or field before anything is refused.
 */
final class ImportReader {

    static final int MAX_DEVICES = 100_000;

    enum Format { JSON, TOML, CSV }

    record Result(Format format, List<ImportedDevice> devices) {
    }

    private ImportReader() {
    }

    static Result read(byte[] content) {
        List<String> errors = new ArrayList<>();
        Result result;
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            result = new Result(Format.TOML, tomlTree(content, errors));
        } else {
            String text = utf8(content).stripLeading();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.startsWith("{")) {
                result = new Result(Format.JSON, json(text, errors));
            } else if (text.startsWith("[device]") || text.startsWith("device.")) {
                result = new Result(Format.TOML, List.of(toml("device.toml", text, errors)));
            } else if (!text.isEmpty() && text.lines().findFirst().orElse("").matches("(?i)(.*,)?\"?mac\"?(,.*)?")) {
                result = new Result(Format.CSV, csv(text, errors));
            } else {
                throw new ManagerException(ErrorCode.IMPORT_FORMAT_UNKNOWN, "The file is neither the JSON export, a TOML "
                        + "device file or tree (ZIP), nor CSV with a 'mac' column in its header.");
            }
        }
        if (result.devices().size() > MAX_DEVICES) {
            errors.add("the file holds " + result.devices().size() + " devices; at most " + MAX_DEVICES + " are imported at once");
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return result;
    }

    static ManagerException invalid(List<String> errors) {
        List<String> shown = errors.size() > 100 ? errors.subList(0, 100) : errors;
        return new ManagerException(ErrorCode.IMPORT_INVALID, errors.size() + " problem(s), nothing was imported: "
                + String.join("; ", shown.subList(0, Math.min(3, shown.size()))) + (errors.size() > 3 ? "; ..." : ""),
                Map.of("errors", List.copyOf(shown)));
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ManagerException(ErrorCode.IMPORT_INVALID, "The file is not UTF-8 text.");
        }
    }

    private static List<ImportedDevice> json(String text, List<String> errors) {
        JsonNode root;
        try {
            root = Parsers.JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ManagerException(ErrorCode.IMPORT_INVALID, "The JSON does not parse: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
        if (!JsonExporter.FORMAT.equals(root.path("format").asString("")) || root.path("version").asInt(0) != JsonExporter.VERSION
                || !root.path("devices").isArray()) {
            throw new ManagerException(ErrorCode.IMPORT_INVALID, "The JSON is not a Shelly Manager fleet export: it needs "
                    + "\"format\": \"" + JsonExporter.FORMAT + "\", \"version\": " + JsonExporter.VERSION + " and a devices array.");
        }
        List<ImportedDevice> devices = new ArrayList<>();
        int index = 0;
        for (JsonNode device : root.path("devices")) {
            String where = "devices[" + index++ + "]";
            if (!device.isObject()) {
                errors.add(where + ": not an object");
                continue;
            }
            devices.add(ImportedDevice.of(where, plain(device), errors));
        }
        return devices;
    }

    private static Map<String, Object> plain(JsonNode object) {
        Map<String, Object> raw = new LinkedHashMap<>();
        object.properties().forEach(field -> raw.put(field.getKey(), Parsers.JSON.convertValue(field.getValue(), Object.class)));
        return raw;
    }

    private static ImportedDevice toml(String path, String text, List<String> errors) {
        try {
            JsonNode root = Parsers.TOML.readTree(text);
            JsonNode device = root.path("device");
            if (!device.isObject()) {
                errors.add(path + ": no [device] table");
                return ImportedDevice.of(path, Map.of(), new ArrayList<>());
            }
            root.propertyNames().stream().filter(key -> !key.equals("device") && !key.equals("desired"))
                    .forEach(key -> errors.add(path + ", table " + key + ": unknown; a device file holds [device] and [desired]"));
            ImportedDevice imported = ImportedDevice.of(path, plain(device), errors);
            return root.has("desired") ? imported.withDesired(desired(path, root.get("desired"), errors)) : imported;
        } catch (JacksonException e) {
            errors.add(path + (e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr()) + ": not valid TOML: "
                    + e.getOriginalMessage());
            return ImportedDevice.of(path, Map.of(), new ArrayList<>());
        }
    }

    /** The [desired] table's shape: {@code settings} a table, {@code variables} a table of texts, nothing else. */
    private static DesiredOverrides desired(String path, JsonNode desired, List<String> errors) {
        if (!desired.isObject()) {
            errors.add(path + ", desired: must be a table");
            return null;
        }
        desired.propertyNames().stream().filter(key -> !key.equals("settings") && !key.equals("variables"))
                .forEach(key -> errors.add(path + ", desired." + key + ": unknown; [desired] holds settings and variables"));
        JsonNode settings = desired.path("settings");
        if (!settings.isMissingNode() && !settings.isObject()) {
            errors.add(path + ", desired.settings: must be a table");
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        JsonNode given = desired.path("variables");
        if (!given.isMissingNode() && !given.isObject()) {
            errors.add(path + ", desired.variables: must be a table");
            return null;
        }
        for (Map.Entry<String, JsonNode> variable : given.properties()) {
            if (variable.getValue().isString()) {
                variables.put(variable.getKey(), variable.getValue().stringValue());
            } else {
                errors.add(path + ", desired.variables." + variable.getKey() + ": must be text, was " + variable.getValue());
            }
        }
        return new DesiredOverrides(settings.isObject() ? settings : Parsers.JSON.createObjectNode(), variables);
    }

    private static List<ImportedDevice> tomlTree(byte[] zip, List<String> errors) {
        List<ImportedDevice> devices = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.endsWith(".toml") && !name.startsWith(".git/") && !name.contains("/.git/")) {
                    byte[] bytes = in.readNBytes(1 << 20);
                    devices.add(toml(name, new String(bytes, StandardCharsets.UTF_8), errors));
                }
            }
        } catch (IOException e) {
            throw new ManagerException(ErrorCode.IMPORT_INVALID, "The ZIP of TOML files does not open: " + e.getMessage());
        }
        if (devices.isEmpty()) {
            errors.add("the ZIP holds no .toml device files");
        }
        return devices;
    }

    private static List<ImportedDevice> csv(String text, List<String> errors) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ManagerException(ErrorCode.IMPORT_INVALID, "The CSV does not parse: " + e.getMessage() + ".");
        }
        List<String> header = rows.getFirst().cells().stream().map(String::strip).toList();
        List<ImportedDevice> devices = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line();
            if (row.cells().size() != header.size()) {
                errors.add(where + ": " + row.cells().size() + " fields, the header has " + header.size());
                continue;
            }
            Map<String, Object> raw = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                raw.put(header.get(i), Csv.unneutralise(row.cells().get(i)));
            }
            devices.add(ImportedDevice.of(where, raw, errors));
        }
        return devices;
    }
}
