package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shellymanager.device.Generation;
import org.shellymanager.manager.inventory.Device;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Layers fleet defaults, the device's templates (by priority) and its overrides into its desired state, fills in
 * variables and secrets, and translates each neutral setting to the fields of the device's generation. Fields
 * the device does not have (judged by its latest snapshot) are reported, never dropped silently.
 */
final class DesiredStateResolver {

    private static final Pattern CHANNEL_GEN1 = Pattern.compile("relays\\.(\\d+)\\..*");
    private static final Pattern CHANNEL_RPC = Pattern.compile("switch:(\\d+)\\..*");

    /** One layer of neutral settings and its name. */
    record Layer(String origin, TemplateSettings settings) {
    }

    private DesiredStateResolver() {
    }

    static List<Layer> layers(TemplateSettings defaults, List<Template> templates, Device device, DeviceOverrides overrides) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer("defaults", defaults));
        templates.stream().filter(t -> t.assignTo().matches(device))
                .sorted(Comparator.comparingInt(Template::priority).thenComparing(Template::name))
                .forEach(t -> layers.add(new Layer("template:" + t.name(), t.settings())));
        layers.add(new Layer("override", overrides.settings()));
        return layers;
    }

    /**
     * @param secrets the plain value of a stored secret by name, empty when there is no such secret
     * @param index   the device's 1-based position in the fleet, asked only when a template uses {@code ${index}}
     */
    static DesiredState resolve(Device device, Snapshot actual, List<Layer> layers, Map<String, String> variables,
                                Function<String, Optional<String>> secrets, IntSupplier index) {
        ConfigFields fields = actual.fields();
        Map<String, Map.Entry<JsonNode, String>> merged = new LinkedHashMap<>();
        TreeSet<String> channels = channels(actual.generation(), fields);
        for (Layer layer : layers) {
            Map<String, JsonNode> expanded = new LinkedHashMap<>();
            layer.settings().values().forEach((path, value) -> {
                if (path.contains(".*.")) {
                    channels.forEach(n -> expanded.putIfAbsent(path.replace(".*.", "." + n + "."), value));
                }
            });
            layer.settings().values().forEach((path, value) -> {
                if (!path.contains(".*.")) {
                    expanded.put(path, value);
                }
            });
            expanded.forEach((path, value) -> merged.put(path, Map.entry(value, layer.origin())));
        }
        List<DesiredState.Value> values = new ArrayList<>();
        List<DesiredState.Problem> problems = new ArrayList<>();
        Map<String, String> secretValues = new LinkedHashMap<>();
        merged.forEach((path, entry) -> {
            String origin = entry.getValue();
            if (ItemKind.ofSetting(path).isPresent()) {
                return;
            }
            var found = SettingCatalog.find(path).orElseThrow();
            Setting setting = found.getKey();
            Matcher match = found.getValue();
            List<Setting.Native> natives = setting.on(actual.generation());
            if (natives.isEmpty()) {
                problems.add(new DesiredState.Problem(path, origin, setting.unsupported()));
                return;
            }
            JsonNode value = entry.getKey();
            String secret = null;
            if (setting.secret()) {
                String name = value.path("secret").asString();
                Optional<String> plain = secrets.apply(name);
                if (plain.isEmpty()) {
                    problems.add(new DesiredState.Problem(path, origin, "refers to stored secret '" + name + "', which does not exist"));
                    return;
                }
                secret = plain.get();
            } else if (value.isString() && value.stringValue().contains("${")) {
                String rendered = render(value.stringValue(), device, variables, index);
                if (rendered == null) {
                    problems.add(new DesiredState.Problem(path, origin, "uses a variable that has no value for this device: "
                            + value.stringValue()));
                    return;
                }
                value = JsonNodeFactory.instance.stringNode(rendered);
            }
            for (Setting.Native nativeField : natives) {
                String field = Setting.path(nativeField, match);
                if (!supported(fields, field, setting)) {
                    problems.add(new DesiredState.Problem(path, origin, "this device (" + actual.model()
                            + ") has no field " + field));
                    continue;
                }
                if (secret != null) {
                    secretValues.put(field, secret);
                    values.add(new DesiredState.Value(path, field, value, true, origin));
                } else {
                    JsonNode converted = nativeField.convert().apply(value);
                    if (converted != null) {
                        values.add(new DesiredState.Value(path, field, converted, false, origin));
                    }
                }
            }
        });
        List<ItemSet> items = ItemLayers.resolve(layers, actual, problems);
        return new DesiredState(device.id(), values, items, problems, secretValues);
    }

    private static boolean supported(ConfigFields fields, String field, Setting setting) {
        if (fields.has(field) || field.equals(DeviceLogin.FIELD)) {
            return true;
        }
        if (!setting.secret() && !field.startsWith("kvs.")) {
            return false;
        }
        String parent = field.substring(0, field.lastIndexOf('.'));
        return fields.has(parent) || fields.values().keySet().stream().anyMatch(f -> f.startsWith(parent + "."));
    }

    private static TreeSet<String> channels(Generation generation, ConfigFields fields) {
        Pattern pattern = generation == Generation.GEN1 ? CHANNEL_GEN1 : CHANNEL_RPC;
        TreeSet<String> channels = new TreeSet<>();
        for (String field : fields.values().keySet()) {
            Matcher match = pattern.matcher(field);
            if (match.matches()) {
                channels.add(match.group(1));
            }
        }
        return channels;
    }

    /** The text with its variables filled in, or null when one has no value for this device. */
    static String render(String text, Device device, Map<String, String> variables, IntSupplier index) {
        Matcher match = TemplateSettings.VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (match.find()) {
            String name = match.group(1);
            String value = switch (name) {
                case "name" -> device.name();
                case "room" -> device.room();
                case "mac" -> device.mac();
                case "id" -> device.deviceId();
                case "model" -> device.model();
                case "index" -> Integer.toString(index.getAsInt());
                case "tags" -> device.tags().isEmpty() ? null : String.join(",", device.tags());
                default -> variables.get(name.substring("var.".length()));
            };
            if (value == null) {
                return null;
            }
            match.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        match.appendTail(out);
        return out.toString();
    }
}
