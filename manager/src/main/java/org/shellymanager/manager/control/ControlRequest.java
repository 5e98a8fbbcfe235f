package org.shellymanager.manager.control;

import java.util.Locale;

import org.shellymanager.device.model.Rgbw;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * A command as the API takes it: {@code component} ({@code switch}, {@code cover}, {@code light}), {@code channel}
 * (default 0) and the fields of that kind; see {@link ControlCommand}.
 */
record ControlRequest(String component, Integer channel, String action, Integer timerSeconds, Integer position,
                      Boolean on, Integer brightness, Color color, Integer colorTempK, Integer transitionMs) {

    /** Red, green, blue (and white), each 0-255. */
    record Color(int red, int green, int blue, Integer white) {
    }

    /** @throws ManagerException {@code request.invalid} naming what is wrong */
    ControlCommand command() {
        int ch = channel == null ? 0 : channel;
        String verb = action == null ? null : action.strip().toUpperCase(Locale.ROOT);
        try {
            return switch (component == null ? "" : component.strip().toLowerCase(Locale.ROOT)) {
                case "switch" -> new ControlCommand.Switch(ch, verb == null ? null
                        : ControlCommand.Switch.SwitchAction.valueOf(verb), timerSeconds);
                case "cover" -> new ControlCommand.Cover(ch, verb == null ? null
                        : ControlCommand.Cover.CoverAction.valueOf(verb), position);
                case "light" -> new ControlCommand.Light(ch, lightOn(verb), brightness,
                        color == null ? null : new Rgbw(color.red(), color.green(), color.blue(),
                                color.white() == null ? 0 : color.white()), colorTempK, transitionMs);
                default -> throw new IllegalArgumentException("component must be switch, cover or light, was '"
                        + component + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, e.getMessage() != null && e.getMessage().startsWith("No enum")
                    ? "action '" + action + "' is not one of the " + component + " actions" : e.getMessage());
        }
    }

    private Boolean lightOn(String verb) {
        if (verb == null) {
            return on;
        }
        return switch (verb) {
            case "ON" -> Boolean.TRUE;
            case "OFF" -> Boolean.FALSE;
            case "SET" -> on;
            default -> throw new IllegalArgumentException("light action must be on, off or set, was '" + action + "'");
        };
    }
}
