package org.shellymanager.manager.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** Starts a discovery scan on the server and, with {@code --wait}, follows it to the end. */
@Command(name = "discover", description = "Scans addresses for Shelly devices and adds those it finds to the inventory.")
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TARGET",
            description = "CIDR blocks (192.168.1.0/24), ranges (10.0.0.5-10.0.0.40 or 10.0.0.5-40), hosts and host:port"
                    + " entries; several per argument with commas. May be left out with --mdns.")
    private List<String> targets = List.of();

    @Option(names = "--mdns", description = "Also probe the devices that announce themselves over mDNS on the server's networks.")
    private boolean mdns;

    @Mixin
    private CredentialOptions credentials;

    @Option(names = "--wait", description = "Follow the scan with a progress bar until it finishes, then list what it found.")
    private boolean wait;

    @Override
    public Integer call() {
        ShellyManagerCommand root = ShellyManagerCommand.of(spec);
        Printer printer = root.printer(spec);
        if (targets.isEmpty() && !mdns) {
            throw new CliInputException("give at least one TARGET, or --mdns to scan what announces itself over mDNS");
        }
        Map<String, Object> scan = new LinkedHashMap<>();
        scan.put("targets", targets);
        if (mdns) {
            scan.put("mdns", true);
        }
        Map<String, String> login = credentials.credentials();
        if (login != null) {
            scan.put("credentials", login);
        }
        JsonNode job = root.api().post("/api/v1/discovery/scans", scan);
        String id = job.path("id").asString();
        if (!wait) {
            if (printer.isTable()) {
                printer.note("Scan started as job " + id + ". Follow it with: shelly-manager jobs show " + id + " --wait");
            } else {
                printer.raw(job);
            }
            return CommandLine.ExitCode.OK;
        }
        JsonNode finished = root.jobFollower(spec).follow(id);
        JobViews.print(printer, finished);
        return JobViews.succeeded(finished) ? CommandLine.ExitCode.OK : CliErrorHandler.FAILED;
    }
}
