package org.shellymanager.manager.exchange.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.shellymanager.manager.exchange.DeviceFields;
import org.shellymanager.manager.exchange.ExportCheckException;
import org.shellymanager.manager.exchange.ExportFile;
import org.shellymanager.manager.exchange.ExportOption;
import org.shellymanager.manager.exchange.ExportRequest;
import org.shellymanager.manager.exchange.Exporter;
import org.shellymanager.manager.exchange.FleetSnapshot;
import org.shellymanager.manager.exchange.Hostnames;
import org.shellymanager.manager.exchange.Parsers;
import org.shellymanager.manager.exchange.PlainText;
import org.shellymanager.manager.exchange.SnapshotDevice;

/**
 * Custom text formats from a logic-less {@link Template}: one of the shipped examples or a template given in the
 * {@code body} option. Each device offers the fields of {@link DeviceFields} plus {@code label}, {@code hostname},
 * {@code colonMac}, {@code productName}, {@code tagList} and {@code ipv4}; the top level offers {@code devices},
 * {@code deviceCount} and {@code appVersion}. Values are escaped for the {@code escape} option's format.
 */
public final class TemplateExporter implements Exporter {

    /** Shipped examples: name, escaping and file name. */
    private static final Map<String, List<String>> SHIPPED = Map.of(
            "markdown", List.of("markdown", "shelly-devices.md", "text/markdown"),
            "html", List.of("html", "shelly-devices.html", "text/html"),
            "bind-zone", List.of("text", "shelly.zone", "text/plain"));

    @Override
    public String name() {
        return "template";
    }

    @Override
    public String description() {
        return "Any text format from a logic-less template (shipped: markdown, html, bind-zone; or your own)";
    }

    @Override
    public List<String> formats() {
        return List.of("text");
    }

    @Override
    public List<ExportOption> options() {
        return List.of(
                ExportOption.choice("template", "A shipped template, or 'custom' for the one in 'body'", List.of("markdown", "html", "bind-zone", "custom")),
                ExportOption.text("body", "The template text when template is 'custom'", null),
                ExportOption.choice("escape", "How values are escaped; 'auto' fits the shipped template (custom: text)",
                        List.of("auto", "text", "html", "markdown", "json", "none")));
    }

    @Override
    public List<String> validate(ExportRequest request) {
        boolean custom = request.option("template").equals("custom");
        if (custom != (request.option("body") != null)) {
            return List.of("give the option body exactly when template is 'custom'");
        }
        try {
            source(request);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    @Override
    public List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request) {
        Map<String, String> hostnames = Hostnames.assign(snapshot.devices());
        List<Map<String, Object>> devices = new ArrayList<>();
        for (SnapshotDevice device : snapshot.devices()) {
            Map<String, Object> fields = new LinkedHashMap<>(DeviceFields.of(device));
            fields.put("label", device.label());
            fields.put("hostname", hostnames.get(device.id()));
            fields.put("colonMac", device.colonMac());
            fields.put("productName", device.productName());
            fields.put("tagList", String.join(", ", device.tags()));
            fields.put("ipv4", device.hasIpv4());
            devices.add(fields);
        }
        Map<String, Object> model = Map.of("devices", devices, "deviceCount", devices.size(), "appVersion", snapshot.appVersion());
        String template = request.option("template");
        List<String> shipped = SHIPPED.getOrDefault(template, List.of("text", "export.txt", "text/plain"));
        String escape = request.option("escape").equals("auto") ? shipped.get(0) : request.option("escape");
        return List.of(ExportFile.text(shipped.get(1), shipped.get(2), source(request).render(model, escaper(escape))));
    }

    private static Template source(ExportRequest request) {
        String template = request.option("template");
        if (template.equals("custom")) {
            return Template.parse(request.option("body"));
        }
        try (InputStream in = TemplateExporter.class.getResourceAsStream("/exchange/templates/" + template + ".tmpl")) {
            return Template.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]<>()#+!|])");

    static UnaryOperator<String> escaper(String escape) {
        UnaryOperator<String> plain = PlainText::oneLine;
        return switch (escape) {
            case "none" -> value -> value;
            case "text" -> plain;
            case "html" -> value -> plain.apply(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;");
            case "markdown" -> value -> MARKDOWN_SPECIAL.matcher(plain.apply(value)).replaceAll("\\\\$1");
            case "json" -> value -> {
                String quoted = Parsers.JSON.writeValueAsString(value);
                return quoted.substring(1, quoted.length() - 1);
            };
            default -> throw new IllegalArgumentException("unknown escape " + escape);
        };
    }

    @Override
    public void check(ExportFile file, ExportRequest request) {
        if (file.text().contains("\u0000")) {
            throw new ExportCheckException(file.path() + ": holds a NUL character");
        }
    }
}
