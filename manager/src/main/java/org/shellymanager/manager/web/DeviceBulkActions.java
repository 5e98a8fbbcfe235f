package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.shellymanager.manager.config.TemplateAssignments;
import org.shellymanager.manager.control.ControlCommand;
import org.shellymanager.manager.control.ControlService;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DevicePatch;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.job.Job;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the devices table does to the rows a person selected: switch them (as a control job), add or remove a tag,
 * assign a template, forget them. Each answers with the table again and says what happened, with the job's link
 * when one was started. Syncing a selection goes to the configuration dry run first (the form posts there).
 */
@Controller
class DeviceBulkActions {

    private final DeviceTable table;
    private final InventoryService inventory;
    private final ControlService control;
    private final TemplateAssignments templates;

    DeviceBulkActions(DeviceTable table, InventoryService inventory, ControlService control, TemplateAssignments templates) {
        this.table = table;
        this.inventory = inventory;
        this.control = control;
        this.templates = templates;
    }

    @PostMapping("/devices/bulk/control")
    @RequiresRole(Role.OPERATOR)
    String control(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
                   @RequestParam String action, Principal principal, Model model) {
        ControlCommand command = DevicePage.command("switch", 0, action, null, null, null);
        List<Device> selected = table.devices(ids);
        Job job = control.controlMany(selected, selected.size() + " device(s) chosen in the devices table", command,
                principal == null ? "ui" : principal.getName());
        model.addAttribute("job", job);
        return answer(filter, model, "Started '" + command.describe() + "' on " + selected.size() + " device(s).");
    }

    @PostMapping("/devices/bulk/tag")
    @RequiresRole(Role.OPERATOR)
    String tag(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
               @RequestParam(defaultValue = "") String bulkTag, Model model) {
        String tag = tagName(bulkTag);
        int changed = retag(ids, tags -> tags.add(tag));
        return answer(filter, model, "Tagged " + changed + " device(s) with '" + tag + "'.");
    }

    @PostMapping("/devices/bulk/untag")
    @RequiresRole(Role.OPERATOR)
    String untag(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
                 @RequestParam(defaultValue = "") String bulkTag, Model model) {
        String tag = tagName(bulkTag);
        int changed = retag(ids, tags -> tags.remove(tag));
        return answer(filter, model, "Removed the tag '" + tag + "' from " + changed + " device(s).");
    }

    @PostMapping("/devices/bulk/template")
    @RequiresRole(Role.OPERATOR)
    String assign(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
                  @RequestParam(defaultValue = "") String template, Model model) {
        if (template.isBlank()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Choose the template to assign first.");
        }
        List<Device> selected = table.devices(ids);
        String name = templates.assign(template.strip(), selected.stream().map(Device::id).toList());
        return answer(filter, model, "Assigned the template '" + name + "' to " + selected.size()
                + " device(s); sync them to apply it.");
    }

    @PostMapping("/devices/bulk/forget")
    @RequiresRole(Role.ADMIN)
    String forget(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
                  Model model) {
        List<Device> selected = table.devices(ids);
        selected.forEach(device -> inventory.forget(device.id()));
        return answer(filter, model, "Forgot " + selected.size() + " device(s).");
    }

    /** Changes the tags of every selected device and returns how many devices changed. */
    private int retag(List<String> ids, Consumer<Set<String>> change) {
        int changed = 0;
        for (Device device : table.devices(ids)) {
            Set<String> tags = new LinkedHashSet<>(device.tags());
            change.accept(tags);
            if (!tags.equals(new LinkedHashSet<>(device.tags()))) {
                ObjectNode patch = JsonNodeFactory.instance.objectNode();
                tags.forEach(patch.putArray("tags")::add);
                inventory.update(device.id(), DevicePatch.from(patch));
                changed++;
            }
        }
        return changed;
    }

    private String answer(DeviceFilter filter, Model model, String notice) {
        model.addAttribute("notice", notice);
        table.fill(filter, model);
        return "devices :: device-table";
    }

    private static String tagName(String text) {
        String tag = text.strip();
        if (tag.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Type the tag first.");
        }
        return tag;
    }
}
