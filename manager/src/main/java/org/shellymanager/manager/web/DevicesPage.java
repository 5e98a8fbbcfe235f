package org.shellymanager.manager.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DevicePatch;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The devices table: server-side filters, order and pages, live status cells and bulk actions. */
@Controller
class DevicesPage {

    /** Most devices one live stream or bulk action covers: more than a page ever shows. */
    static final int MAX_SELECTION = Page.MAX_SIZE;

    private final InventoryService inventory;
    private final DeviceRows rows;
    private final LiveStreams live;
    private final FragmentRenderer fragments;
    private final WebProperties properties;

    DevicesPage(InventoryService inventory, DeviceRows rows, LiveStreams live, FragmentRenderer fragments,
                WebProperties properties) {
        this.inventory = inventory;
        this.rows = rows;
        this.live = live;
        this.fragments = fragments;
        this.properties = properties;
    }

    @GetMapping("/devices")
    @RequiresRole(Role.VIEWER)
    String devices(@ModelAttribute("filter") DeviceFilter filter, HttpServletRequest request, Model model) {
        table(filter, model);
        return WebErrorAdvice.isHtmx(request) ? "devices :: device-table" : "devices";
    }

    @GetMapping(path = "/live/devices", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveStatus(@RequestParam(defaultValue = "") List<String> ids) {
        List<String> watched = selection(ids, false);
        return live.open(() -> fragments.render("fragments/device-status", "live-status", Map.of("rows", rows.byIds(watched))));
    }

    @PostMapping("/devices/bulk/tag")
    @RequiresRole(Role.OPERATOR)
    String tag(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
               @RequestParam String tag, Model model) {
        List<String> selected = selection(ids, true);
        String clean = tag.strip();
        for (String id : selected) {
            Set<String> tags = new LinkedHashSet<>(inventory.get(id).tags());
            tags.add(clean);
            ObjectNode patch = JsonNodeFactory.instance.objectNode();
            tags.forEach(patch.putArray("tags")::add);
            inventory.update(id, DevicePatch.from(patch));
        }
        model.addAttribute("notice", "Tagged " + selected.size() + " device(s) with '" + clean + "'.");
        table(filter, model);
        return "devices :: device-table";
    }

    @PostMapping("/devices/bulk/forget")
    @RequiresRole(Role.ADMIN)
    String forget(@ModelAttribute("filter") DeviceFilter filter, @RequestParam(defaultValue = "") List<String> ids,
                  Model model) {
        List<String> selected = selection(ids, true);
        selected.forEach(inventory::forget);
        model.addAttribute("notice", "Forgot " + selected.size() + " device(s).");
        table(filter, model);
        return "devices :: device-table";
    }

    private void table(DeviceFilter filter, Model model) {
        Page<Device> page = inventory.list(filter.query(properties.pageSize()));
        List<DeviceRow> shown = rows.of(page.items());
        model.addAttribute("page", page);
        model.addAttribute("rows", shown);
        model.addAttribute("liveUrl", "/live/devices?ids=" + String.join(",", DeviceRows.ids(shown)));
    }

    static List<String> selection(List<String> ids, boolean required) {
        List<String> clean = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (required && clean.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Select at least one device first.");
        }
        if (clean.size() > MAX_SELECTION) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "At most " + MAX_SELECTION + " devices at once.");
        }
        return clean;
    }
}
