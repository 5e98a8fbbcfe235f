package org.shellymanager.manager.control;

import java.time.Duration;
import java.util.Locale;

import org.shellymanager.device.LightCommand;
import org.shellymanager.device.RpcResult;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.model.Rgbw;

/** One thing to do to one component of a device. Validated on construction; {@link #describe()} is for people. */
public sealed interface ControlCommand {

    /** Sends the command to the device. */
    RpcResult<Void> apply(ShellyClient client);

    String describe();

    /** An on/off output (relay, switch): on, off or toggle; with a timer, it flips back after that many seconds. */
    record Switch(int channel, SwitchAction action, Integer timerSeconds) implements ControlCommand {

        public enum SwitchAction { ON, OFF, TOGGLE }

        public Switch {
            checkChannel(channel);
            if (action == null) {
                throw invalid("a switch action (on, off or toggle) is required");
            }
            if (timerSeconds != null && (timerSeconds < 1 || timerSeconds > 86_400 || action == SwitchAction.TOGGLE)) {
                throw invalid("timerSeconds must be 1 to 86400, and only with on or off");
            }
        }

        @Override
        public RpcResult<Void> apply(ShellyClient client) {
            return action == SwitchAction.TOGGLE ? client.toggleSwitch(channel)
                    : client.setSwitch(channel, action == SwitchAction.ON,
                    timerSeconds == null ? null : Duration.ofSeconds(timerSeconds));
        }

        @Override
        public String describe() {
            return "switch:" + channel + " " + action.name().toLowerCase(Locale.ROOT)
                    + (timerSeconds == null ? "" : " for " + timerSeconds + " s");
        }
    }

    /** A roller shutter or cover: open, close, stop, or go to a position (0 closed ... 100 open). */
    record Cover(int channel, CoverAction action, Integer position) implements ControlCommand {

        public enum CoverAction { OPEN, CLOSE, STOP, POSITION }

        public Cover {
            checkChannel(channel);
            if (action == null) {
                throw invalid("a cover action (open, close, stop or position) is required");
            }
            if ((action == CoverAction.POSITION) != (position != null) || position != null && (position < 0 || position > 100)) {
                throw invalid("position (0 to 100) goes with the action 'position', and only with it");
            }
        }

        @Override
        public RpcResult<Void> apply(ShellyClient client) {
            return switch (action) {
                case OPEN -> client.openCover(channel);
                case CLOSE -> client.closeCover(channel);
                case STOP -> client.stopCover(channel);
                case POSITION -> client.moveCover(channel, position);
            };
        }

        @Override
        public String describe() {
            return "cover:" + channel + " " + (action == CoverAction.POSITION ? "to " + position + " %"
                    : action.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A light: on or off, brightness (0-100), colour (RGB or RGBW lights), colour temperature (CCT lights) and a
     * transition. At least one of them.
     */
    record Light(int channel, Boolean on, Integer brightness, Rgbw color, Integer colorTempK, Integer transitionMs)
            implements ControlCommand {

        public Light {
            checkChannel(channel);
            if (on == null && brightness == null && color == null && colorTempK == null) {
                throw invalid("a light command needs on, brightness, color or colorTempK");
            }
            if (brightness != null && (brightness < 0 || brightness > 100)) {
                throw invalid("brightness must be 0 to 100, was " + brightness);
            }
            if (colorTempK != null && (colorTempK < 1000 || colorTempK > 10_000)) {
                throw invalid("colorTempK must be 1000 to 10000, was " + colorTempK);
            }
            if (transitionMs != null && (transitionMs < 0 || transitionMs > 60_000)) {
                throw invalid("transitionMs must be 0 to 60000, was " + transitionMs);
            }
        }

        @Override
        public RpcResult<Void> apply(ShellyClient client) {
            LightCommand command = LightCommand.channel(channel);
            command = on == null ? command : command.on(on);
            command = brightness == null ? command : command.brightness(brightness);
            command = color == null ? command : command.color(color);
            command = colorTempK == null ? command : command.colorTemp(colorTempK);
            command = transitionMs == null ? command : command.transition(Duration.ofMillis(transitionMs));
            return client.setLight(command);
        }

        @Override
        public String describe() {
            return "light:" + channel + (on == null ? "" : on ? " on" : " off")
                    + (brightness == null ? "" : " brightness " + brightness)
                    + (color == null ? "" : " color " + color.red() + "," + color.green() + "," + color.blue() + "," + color.white())
                    + (colorTempK == null ? "" : " " + colorTempK + " K");
        }
    }

    private static void checkChannel(int channel) {
        if (channel < 0 || channel > 15) {
            throw invalid("channel must be 0 to 15, was " + channel);
        }
    }

    private static IllegalArgumentException invalid(String detail) {
        return new IllegalArgumentException(detail);
    }
}
