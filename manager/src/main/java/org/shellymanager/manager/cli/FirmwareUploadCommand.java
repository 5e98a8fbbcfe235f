package org.shellymanager.manager.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Adds a local firmware file to the server's LAN cache. */
@Command(name = "upload", description = "Adds a firmware file to the server's LAN cache, from which devices without "
        + "internet access update. The server refuses it unless its SHA-256 matches.")
final class FirmwareUploadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The firmware file, such as the .zip Shelly publishes.")
    private Path file;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The model code, such as SNSW-001P16EU.")
    private String model;

    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The firmware version, such as 1.4.4.")
    private String version;

    @Option(names = "--sha256", paramLabel = "HEX", description = "The SHA-256 published with the file; "
            + "default: computed here from the file, which then guards only the transfer.")
    private String sha256;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        FileTransfer transfer = root.fileTransfer(spec);
        FileTransfer.requireReadable(file);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("model", model);
        query.put("version", version);
        query.put("sha256", sha256 != null ? sha256 : FileChecksum.sha256(file));
        query.put("fileName", file.getFileName().toString());
        JsonNode added = transfer.upload("POST", "/api/v1/firmware/files" + ApiClient.query(query), file, Map.of());
        Printer printer = root.printer(spec);
        printer.object(added);
        printer.note("Added " + added.path("model").asString() + " " + added.path("version").asString() + " to the LAN cache");
        return CommandLine.ExitCode.OK;
    }
}
