package org.shellymanager.manager.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "control", description = "Switches, moves or dims one device.%n"
        + "Actions: on, off, toggle (switch; a light with --light); open, close, stop, position (cover).")
final class ControlCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The device id, as 'devices list' shows it.")
    private String id;

    @Parameters(index = "1", paramLabel = "ACTION", description = "on, off, toggle, open, close, stop or position.")
    private String action;

    @Option(names = "--channel", defaultValue = "0", description = "Output, cover or light number (default: 0).")
    private int channel;

    @Option(names = "--timer", paramLabel = "SECONDS", description = "Switch back after this many seconds (on/off).")
    private Integer timer;

    @Option(names = "--position", paramLabel = "PERCENT", description = "Cover position for 'position', 0 closed to 100 open.")
    private Integer position;

    @Option(names = "--light", description = "The output is a light (on/off, with --brightness).")
    private boolean light;

    @Option(names = "--brightness", paramLabel = "PERCENT", description = "Light brightness, 0 to 100.")
    private Integer brightness;

    @Override
    public Integer call() {
        Map<String, Object> command = new LinkedHashMap<>();
        String verb = action.toLowerCase(Locale.ROOT);
        boolean cover = verb.equals("open") || verb.equals("close") || verb.equals("stop") || verb.equals("position");
        command.put("component", cover ? "cover" : light || brightness != null ? "light" : "switch");
        command.put("channel", channel);
        command.put("action", verb);
        putIfSet(command, "timerSeconds", timer);
        putIfSet(command, "position", position);
        putIfSet(command, "brightness", brightness);
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        root.printer(spec).object(root.api().post(DevicesCommand.path(id) + "/control", command));
        return CommandLine.ExitCode.OK;
    }

    private static void putIfSet(Map<String, Object> command, String name, Object value) {
        if (value != null) {
            command.put(name, value);
        }
    }
}
