package org.shellymanager.manager.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "list", description = "Lists devices, one page at a time, optionally filtered and sorted.")
final class DeviceListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--q", paramLabel = "TEXT", description = "Text found in the name, id, MAC, address, model or notes.")
    private String text;

    @Option(names = "--model", paramLabel = "CODE", description = "Model code, such as SNSW-001P16EU.")
    private String model;

    @Option(names = "--generation", paramLabel = "N", description = "Device generation: 1, 2, 3 or 4.")
    private Integer generation;

    @Option(names = "--tag", paramLabel = "TAG", description = "Devices with this tag.")
    private String tag;

    @Option(names = "--room", paramLabel = "ROOM", description = "Devices in this room.")
    private String room;

    @Option(names = "--online", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Only devices that answer (or, with =false, those that do not).")
    private Boolean online;

    @Option(names = "--firmware", paramLabel = "VERSION", description = "Devices on this firmware version.")
    private String firmware;

    @Option(names = "--needs-credentials", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Only devices that want a login the manager has not got.")
    private Boolean needsCredentials;

    @Option(names = "--drift", paramLabel = "drifted|in-sync|unchecked",
            description = "Devices whose configuration drifted at their latest drift check, was in sync, or was never checked.")
    private String drift;

    @Option(names = "--sort", paramLabel = "FIELD[,asc|desc]",
            description = "Sort order, such as name,asc (the default) or lastSeen,desc; docs/api.md lists the fields.")
    private String sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "0", description = "Page number, from 0 (default: 0).")
    private int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "50", description = "Devices per page (default: 50).")
    private int size;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", text);
        query.put("model", model);
        query.put("generation", generation);
        query.put("tag", tag);
        query.put("room", room);
        query.put("online", online);
        query.put("firmware", firmware);
        query.put("needsCredentials", needsCredentials);
        query.put("drift", drift);
        query.put("sort", sort);
        query.put("page", page);
        query.put("size", size);
        JsonNode found = root.api().get("/api/v1/devices" + ApiClient.query(query));
        List<JsonNode> items = new ArrayList<>();
        found.path("items").forEach(items::add);
        root.printer(spec).list(found, items, DeviceViews.LIST, DeviceViews.footer(found));
        return CommandLine.ExitCode.OK;
    }
}
