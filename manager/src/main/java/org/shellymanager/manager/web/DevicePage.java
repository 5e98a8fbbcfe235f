package org.shellymanager.manager.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.shellymanager.device.model.Rgbw;
import org.shellymanager.manager.control.ControlCommand;
import org.shellymanager.manager.control.ControlOutcome;
import org.shellymanager.manager.control.ControlService;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DevicePatch;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.shellymanager.manager.telemetry.TelemetryService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One device: identity, live status with controls, events, charts, jobs, and its editable fields and login. */
@Controller
class DevicePage {

    private final InventoryService inventory;
    private final TelemetryService telemetry;
    private final ControlService control;
    private final DeviceRows rows;
    private final LiveStreams live;
    private final FragmentRenderer fragments;
    private final DeviceActivity activity;

    DevicePage(InventoryService inventory, TelemetryService telemetry, ControlService control, DeviceRows rows,
               LiveStreams live, FragmentRenderer fragments, DeviceActivity activity) {
        this.inventory = inventory;
        this.telemetry = telemetry;
        this.control = control;
        this.rows = rows;
        this.live = live;
        this.fragments = fragments;
        this.activity = activity;
    }

    @GetMapping("/devices/{id}")
    @RequiresRole(Role.VIEWER)
    String device(@PathVariable String id, Model model) {
        Device device = inventory.get(id);
        watch(id);
        model.addAllAttributes(liveModel(id));
        model.addAttribute("device", device);
        model.addAttribute("jobs", activity.jobs(id));
        return "device";
    }

    @GetMapping(path = "/live/devices/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    SseEmitter liveDevice(@PathVariable String id) {
        inventory.get(id);
        Permissions may = Permissions.ofCaller();
        return live.open(() -> {
            watch(id);
            Map<String, Object> model = new HashMap<>(liveModel(id));
            model.put("may", may);
            return fragments.render("device", Set.of("live", "events"), model);
        });
    }

    /** Sends a command to one part of the device and answers with its refreshed status panel. */
    @PostMapping("/devices/{id}/control")
    @RequiresRole(Role.OPERATOR)
    String control(@PathVariable String id, @RequestParam String component, @RequestParam(defaultValue = "0") int channel,
                   @RequestParam String action, @RequestParam(required = false) Integer position,
                   @RequestParam(required = false) Integer brightness, @RequestParam(required = false) String color,
                   Principal principal, Model model, HttpServletResponse response) {
        ControlCommand command = command(component, channel, action, position, brightness, color);
        requireDone(control.control(id, command, principal == null ? "ui" : principal.getName()), command);
        model.addAllAttributes(liveModel(id));
        return "device :: live";
    }

    @PostMapping("/devices/{id}/edit")
    @RequiresRole(Role.OPERATOR)
    String edit(@PathVariable String id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String room,
                @RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "") String notes) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.put("name", blankToNull(name));
        patch.put("room", blankToNull(room));
        patch.put("notes", blankToNull(notes));
        Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct()
                .forEach(patch.putArray("tags")::add);
        if (!patch.has("tags")) {
            patch.putArray("tags");
        }
        inventory.update(id, DevicePatch.from(patch));
        return "redirect:/devices/" + id;
    }

    @PostMapping("/devices/{id}/credentials")
    @RequiresRole(Role.ADMIN)
    String credentials(@PathVariable String id, @RequestParam String username, @RequestParam String password) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("credentials").put("username", username.strip()).put("password", password);
        inventory.update(id, DevicePatch.from(patch));
        return "redirect:/devices/" + id;
    }

    private Map<String, Object> liveModel(String id) {
        DeviceRow row = rows.get(id);
        return Map.of("device", row.device(), "row", row, "parts", ComponentView.of(row.status()),
                "events", activity.events(id));
    }

    private void watch(String id) {
        try {
            telemetry.watch(id);
        } catch (ManagerException e) {
            // a moved device is not watched; the page shows what the inventory knows
        }
    }

    /** Throws, saying what the device did instead, unless it carried out the command. */
    static void requireDone(ControlOutcome outcome, ControlCommand command) {
        if (!outcome.done()) {
            throw new ManagerException(ErrorCode.DEVICE_UNREACHABLE, "The device did not carry out '"
                    + command.describe() + "': " + outcome.outcome() + (outcome.message() == null ? "" : ", " + outcome.message()) + ".");
        }
    }

    static ControlCommand command(String component, int channel, String action, Integer position, Integer brightness,
                                  String color) {
        String verb = action.strip().toUpperCase(Locale.ROOT);
        try {
            return switch (component.strip().toLowerCase(Locale.ROOT)) {
                case "switch" -> new ControlCommand.Switch(channel, action(ControlCommand.Switch.SwitchAction.class, verb), null);
                case "cover" -> new ControlCommand.Cover(channel, action(ControlCommand.Cover.CoverAction.class, verb),
                        "POSITION".equals(verb) ? position : null);
                case "light" -> new ControlCommand.Light(channel, "ON".equals(verb) ? Boolean.TRUE : "OFF".equals(verb) ? Boolean.FALSE : null,
                        brightness, color == null || color.isBlank() ? null : rgb(color), null, null);
                default -> throw new ManagerException(ErrorCode.REQUEST_INVALID, "'" + component
                        + "' cannot be controlled here; use switch, cover or light.");
            };
        } catch (IllegalArgumentException e) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, e.getMessage());
        }
    }

    private static <A extends Enum<A>> A action(Class<A> actions, String verb) {
        for (A candidate : actions.getEnumConstants()) {
            if (candidate.name().equals(verb)) {
                return candidate;
            }
        }
        throw new ManagerException(ErrorCode.REQUEST_INVALID, "'" + verb.toLowerCase(Locale.ROOT) + "' is not one of "
                + Arrays.stream(actions.getEnumConstants()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList() + ".");
    }

    private static Rgbw rgb(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "A colour is written #rrggbb, was '" + hex + "'.");
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return Rgbw.rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
