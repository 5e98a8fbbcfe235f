package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A device's desired state from its layers (or from a snapshot), and how the device drifts from it. */
@Component
class DesiredStates {

    private final TemplateService templates;
    private final SecretService secrets;
    private final InventoryService inventory;

    DesiredStates(TemplateService templates, SecretService secrets, InventoryService inventory) {
        this.templates = templates;
        this.secrets = secrets;
        this.inventory = inventory;
    }

    DesiredState of(Device device, Snapshot actual) {
        DeviceOverrides overrides = templates.overrides(device.id());
        var layers = DesiredStateResolver.layers(templates.defaults(), templates.list(), device, overrides);
        return DesiredStateResolver.resolve(device, actual, layers, overrides.variables(), secrets::find, index(device));
    }

    /** One template alone rendered for a device, as a preview of what it would set there. */
    DesiredState preview(Template template, Device device, Snapshot actual) {
        DeviceOverrides overrides = templates.overrides(device.id());
        var layers = List.of(new DesiredStateResolver.Layer("template:" + template.name(), template.settings()));
        return DesiredStateResolver.resolve(device, actual, layers, overrides.variables(), secrets::find, index(device));
    }

    /**
     * Every writable field of a snapshot as the desired state of a device of the same model; the source device's
     * own identifiers (its id and MAC inside values such as the AP name or MQTT client id) become the target's.
     */
    static DesiredState ofSnapshot(Device target, Snapshot source, String sourceDeviceId, String sourceMac) {
        List<DesiredState.Value> values = new ArrayList<>();
        source.fields().values().forEach((field, value) -> {
            if (NativeWriter.writable(source.generation(), field)) {
                JsonNode mapped = value.isString() ? JsonNodeFactory.instance.stringNode(value.stringValue()
                        .replace(sourceDeviceId, target.deviceId()).replace(sourceMac, target.mac())
                        .replace(sourceMac.toLowerCase(java.util.Locale.ROOT), target.mac().toLowerCase(java.util.Locale.ROOT)))
                        : value;
                values.add(new DesiredState.Value(field, field, mapped, false, "snapshot:" + source.version()));
            }
        });
        return new DesiredState(target.id(), values, ItemLayers.ofSnapshot(source), List.of(), Map.of());
    }

    /**
     * The fields where the device differs from what is desired; write-only fields by what the manager applied,
     * scripts, schedule jobs and webhooks property by property.
     */
    List<DriftField> drift(DesiredState desired, Snapshot actual) {
        ConfigFields fields = actual.fields();
        List<DriftField> drift = new ArrayList<>();
        for (DesiredState.Value value : desired.values()) {
            if (value.secret()) {
                if (!secrets.applied(desired.deviceId(), value.field(), desired.secrets().get(value.field()))) {
                    drift.add(new DriftField(value.field(), value.setting(),
                            JsonNodeFactory.instance.stringNode("secret " + value.value().path("secret").asString()),
                            JsonNodeFactory.instance.stringNode("not set to it by the manager"), value.origin()));
                }
            } else if (!ConfigFields.same(value.value(), fields.get(value.field()))) {
                drift.add(new DriftField(value.field(), value.setting(), value.value(), fields.get(value.field()), value.origin()));
            }
        }
        drift.addAll(ItemPlan.of(desired.items(), actual.sections()).drift());
        return drift;
    }

    /** The device's 1-based position in the inventory ordered by MAC, found only when a template asks for it. */
    private IntSupplier index(Device device) {
        return () -> inventory.positionByMac(device);
    }
}
