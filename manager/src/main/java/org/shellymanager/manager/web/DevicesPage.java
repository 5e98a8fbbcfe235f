package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.shellymanager.manager.control.ControlCommand;
import org.shellymanager.manager.control.ControlService;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The devices table: server-side filters, order and pages, live status cells and each row's on/off switch. */
@Controller
class DevicesPage {

    private final DeviceTable table;
    private final DeviceRows rows;
    private final ControlService control;
    private final LiveStreams live;
    private final FragmentRenderer fragments;

    DevicesPage(DeviceTable table, DeviceRows rows, ControlService control, LiveStreams live, FragmentRenderer fragments) {
        this.table = table;
        this.rows = rows;
        this.control = control;
        this.live = live;
        this.fragments = fragments;
    }

    @GetMapping("/devices")
    @RequiresRole(Role.VIEWER)
    String devices(@ModelAttribute("filter") DeviceFilter filter, HttpServletRequest request, Model model) {
        table.fill(filter, model);
        return WebErrorAdvice.isHtmx(request) ? "devices :: device-table" : "devices";
    }

    @GetMapping(path = "/live/devices", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveStatus(@RequestParam(defaultValue = "") List<String> ids) {
        List<String> watched = DeviceTable.selection(ids, false);
        Permissions may = Permissions.ofCaller();
        return live.open(() -> fragments.render("fragments/device-status", "live-status",
                Map.of("rows", rows.byIds(watched), "may", may)));
    }

    /** Turns a row's first output on or off and answers with its refreshed switch cell. */
    @PostMapping("/devices/{id}/switch")
    @RequiresRole(Role.OPERATOR)
    String toggle(@PathVariable String id, @RequestParam String action, Principal principal, Model model) {
        ControlCommand command = DevicePage.command("switch", 0, action, null, null, null);
        DevicePage.requireDone(control.control(id, command, principal == null ? "ui" : principal.getName()), command);
        DeviceRow row = rows.get(id);
        model.addAttribute("row", row);
        model.addAttribute("d", row.device());
        return "fragments/device-status :: switch-cell";
    }
}
