package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.shellymanager.device.Generation;
import org.shellymanager.device.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lists a Gen2+ device keeps besides its component configuration: scripts, schedule jobs and webhooks. Each
 * kind says how a template names one item (a script and a webhook by name; a schedule job by the calls it makes,
 * since devices keep no name for a job), which properties a template may set, and how the items are found in a
 * snapshot ({@code script:N} with {@code script-code:N} and {@code script-running}, {@code schedules},
 * {@code webhooks}).
 */
enum ItemKind {

    SCRIPTS("scripts", "name", List.of("name", "code"), "Gen1 devices cannot run scripts (Gen2+ only)"),
    SCHEDULES("schedules", "calls", List.of("timespec", "calls"),
            "Gen1 devices keep schedules per relay (schedule_rules), not as schedule jobs"),
    WEBHOOKS("webhooks", "name", List.of("name", "event", "urls"),
            "Gen1 devices have actions (/settings/actions), not webhooks");

    private static final Pattern TIMESPEC = Pattern.compile("@\\S.*|(\\S+\\s+){5}\\S+");
    private static final Pattern EVENT = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+");
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Map<String, Check> CHECKS = checks();
    private static final int MAX_LABEL = 160;

    private final String list;
    private final String key;
    private final List<String> required;
    private final String gen1;

    ItemKind(String list, String key, List<String> required, String gen1) {
        this.list = list;
        this.key = key;
        this.required = required;
        this.gen1 = gen1;
    }

    /** A property's test and what a value must be. */
    private record Check(Predicate<JsonNode> test, String must) {
    }

    /** The template path of the item list, such as {@code scripts.items}. */
    String itemsPath() {
        return list + ".items";
    }

    /** The template path of the flag that makes the list the only items of this kind on the device. */
    String exclusivePath() {
        return list + ".exclusive";
    }

    static Optional<ItemKind> ofSetting(String path) {
        for (ItemKind kind : values()) {
            if (path.equals(kind.itemsPath()) || path.equals(kind.exclusivePath())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a drift field such as {@code scripts[heating].code} belongs to. */
    static Optional<ItemKind> ofField(String field) {
        for (ItemKind kind : values()) {
            if (field.startsWith(kind.list + "[")) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    List<String> properties() {
        return switch (this) {
            case SCRIPTS -> List.of("name", "code", "enable", "running");
            case SCHEDULES -> List.of("enable", "timespec", "calls");
            case WEBHOOKS -> List.of("name", "event", "cid", "urls", "enable", "condition", "active_between", "repeat_period");
        };
    }

    /** What identifies an item of this kind on a device. */
    JsonNode key(JsonNode spec) {
        return spec.path(key);
    }

    /**
     * How an item is named in drift fields: {@code scripts[heating]}, {@code schedules[Switch.Set {"id":0}]}; a long
     * key is cut and ends in a hash of the whole, so that field names stay within what drift reports store.
     */
    String label(JsonNode spec) {
        String text;
        if (this == SCHEDULES) {
            List<String> calls = new ArrayList<>();
            spec.path("calls").forEach(call -> calls.add(call.path("method").asString()
                    + (call.has("params") ? " " + call.get("params") : "")));
            text = String.join("; ", calls);
        } else {
            text = spec.path(key).asString("");
        }
        return list + "[" + (text.length() <= MAX_LABEL ? text
                : text.substring(0, MAX_LABEL - 10) + "…" + Sha256.hex(text).substring(0, 8)) + "]";
    }

    /** Null when the template's list is fine, else what is wrong with the first bad item. */
    String check(JsonNode items) {
        if (!items.isArray()) {
            return "must be a list of " + list;
        }
        List<JsonNode> keys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String problem = checkItem(item);
            if (problem != null) {
                return "item " + (i + 1) + " " + problem;
            }
            if (keys.contains(key(item))) {
                return "item " + (i + 1) + " has the same " + key + " as an earlier one; " + list + " are matched by "
                        + key + ", so each must be different";
            }
            keys.add(key(item));
        }
        return null;
    }

    private String checkItem(JsonNode item) {
        if (!item.isObject()) {
            return "must be an object with " + String.join(", ", properties());
        }
        for (String property : item.propertyNames()) {
            if (!properties().contains(property)) {
                return "has unknown property '" + property + "'; known: " + String.join(", ", properties());
            }
            Check check = CHECKS.get(list + "." + property);
            if (!check.test().test(item.get(property))) {
                return "property '" + property + "' must be " + check.must();
            }
        }
        for (String property : required) {
            if (!item.has(property)) {
                return "lacks '" + property + "', which is required";
            }
        }
        return null;
    }

    /** Why a device of this generation and model cannot take items of this kind. */
    String unsupported(Generation generation, String model) {
        return generation == Generation.GEN1 ? gen1 : "this device (" + model + ") does not offer " + list;
    }

    /** The device's items in a snapshot's sections, or empty when the device does not offer this kind. */
    Optional<List<ListItem>> actual(Map<String, JsonNode> sections, String origin) {
        List<ListItem> items = new ArrayList<>();
        switch (this) {
            case SCRIPTS -> {
                if (!sections.containsKey(ConfigReader.SCRIPT_RUNNING)) {
                    return Optional.empty();
                }
                sections.forEach((section, config) -> {
                    if (section.startsWith("script:")) {
                        String id = section.substring("script:".length());
                        ObjectNode spec = JsonNodeFactory.instance.objectNode();
                        spec.set("name", config.path("name"));
                        spec.put("code", sections.getOrDefault("script-code:" + id, JsonNodeFactory.instance.stringNode("")).asString());
                        spec.set("enable", config.path("enable"));
                        spec.put("running", sections.get(ConfigReader.SCRIPT_RUNNING).path(id).asBoolean(false));
                        items.add(new ListItem(Integer.parseInt(id), spec, origin));
                    }
                });
            }
            case SCHEDULES, WEBHOOKS -> {
                JsonNode entries = sections.get(list);
                if (entries == null) {
                    return Optional.empty();
                }
                for (JsonNode entry : entries) {
                    if (entry instanceof ObjectNode found) {
                        ObjectNode spec = found.deepCopy();
                        spec.remove("id");
                        items.add(new ListItem(found.path("id").asInt(), spec, origin));
                    }
                }
            }
        }
        return Optional.of(items);
    }

    private static Map<String, Check> checks() {
        Map<String, Check> checks = new LinkedHashMap<>();
        Check flag = new Check(JsonNode::isBoolean, "true or false");
        Check name = new Check(v -> v.isString() && !v.stringValue().isBlank() && v.stringValue().length() <= 64,
                "a non-empty string of at most 64 characters");
        checks.put("scripts.name", name);
        checks.put("scripts.code", new Check(JsonNode::isString, "the script's code as a string"));
        checks.put("scripts.enable", flag);
        checks.put("scripts.running", flag);
        checks.put("schedules.enable", flag);
        checks.put("schedules.timespec", new Check(v -> v.isString() && TIMESPEC.matcher(v.stringValue().trim()).matches(),
                "six cron fields with seconds first (\"0 0 8 * * MON-FRI\") or a sunrise/sunset spec starting with @"));
        checks.put("schedules.calls", new Check(ItemKind::validCalls,
                "a non-empty list of calls {\"method\": \"Switch.Set\", \"params\": {...}}"));
        checks.put("webhooks.name", name);
        checks.put("webhooks.event", new Check(v -> v.isString() && EVENT.matcher(v.stringValue()).matches(),
                "an event name such as \"switch.on\" or \"input.button_push\""));
        checks.put("webhooks.cid", new Check(v -> v.isIntegralNumber() && v.asInt() >= 0, "the component id, 0 or more"));
        checks.put("webhooks.urls", new Check(ItemKind::validUrls, "a non-empty list of http:// or https:// URLs"));
        checks.put("webhooks.enable", flag);
        checks.put("webhooks.condition", new Check(JsonNode::isString, "a condition expression as a string"));
        checks.put("webhooks.active_between", new Check(v -> v.isArray() && v.size() == 2 && v.get(0).isString()
                && v.get(1).isString() && HH_MM.matcher(v.get(0).stringValue()).matches()
                && HH_MM.matcher(v.get(1).stringValue()).matches(), "two times [\"HH:MM\", \"HH:MM\"]"));
        checks.put("webhooks.repeat_period", new Check(v -> v.isIntegralNumber() && v.asInt() >= 0, "seconds, 0 or more"));
        return Map.copyOf(checks);
    }

    private static boolean validCalls(JsonNode calls) {
        if (!calls.isArray() || calls.isEmpty()) {
            return false;
        }
        for (JsonNode call : calls) {
            if (!call.isObject() || !call.path("method").isString() || !call.path("method").stringValue().contains(".")
                    || call.has("params") && !call.get("params").isObject()
                    || call.size() > (call.has("params") ? 2 : 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validUrls(JsonNode urls) {
        if (!urls.isArray() || urls.isEmpty()) {
            return false;
        }
        for (JsonNode url : urls) {
            if (!url.isString() || !url.stringValue().matches("https?://\\S+")) {
                return false;
            }
        }
        return true;
    }
}
