package org.shellymanager.manager.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.DeviceUnauthorizedException;
import org.shellymanager.device.ShellyClient;
import org.shellymanager.device.ShellyDevices;
import org.shellymanager.device.model.Capabilities;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.Sighting;
import org.shellymanager.manager.inventory.SightingOutcome;
import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One discovery scan: probes every address and records what answers. Each device is written in its own
 * transaction as it is found, so a scan that fails or is cancelled keeps what it found until then. Results are
 * kept for every address that answered, and for silent addresses only where a known device used to be.
 */
final class DiscoveryRun implements JobWork {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryRun.class);

    private final AddressScanner scanner;
    private final ShellyDevices devices;
    private final InventoryService inventory;
    private final List<DeviceAddress> addresses;
    private final Credentials given;
    private final Credentials toTry;
    private final DiscoveryTally tally = new DiscoveryTally();

    DiscoveryRun(AddressScanner scanner, ShellyDevices devices, InventoryService inventory, List<DeviceAddress> addresses,
                 Credentials given, Credentials toTry) {
        this.scanner = scanner;
        this.devices = devices;
        this.inventory = inventory;
        this.addresses = List.copyOf(addresses);
        this.given = given;
        this.toTry = toTry;
    }

    @Override
    public String run(JobContext context) {
        context.total(addresses.size());
        scanner.scan(addresses, toTry, result -> {
            handle(context, result);
            tally.probed++;
            context.advance();
        }, context::cancelled);
        return tally.summary(context.cancelled());
    }

    private void handle(JobContext context, ScanResult result) {
        String target = result.address().toString();
        switch (result) {
            case ScanResult.Found found -> {
                boolean accepted = found.identity().authRequired() && found.credentialsAccepted();
                Sighting sighting = new Sighting(found.identity(), found.address(), accepted ? given : null,
                        !found.identity().authRequired() || found.credentialsAccepted());
                recorded(context, target, inventory.record(sighting), accepted ? toTry : null);
            }
            case ScanResult.NeedsCredentials needs -> {
                Optional<Credentials> own = inventory.findByMac(needs.identity().mac())
                        .flatMap(device -> inventory.credentials(device.id()));
                boolean ownAccepted = own.isPresent() && accepts(needs.address(), own.get());
                recorded(context, target, inventory.record(new Sighting(needs.identity(), needs.address(), null, ownAccepted)),
                        ownAccepted ? own.get() : null);
            }
            case ScanResult.NotShelly notShelly -> {
                List<String> silenced = inventory.recordSilence(notShelly.address());
                tally.notShelly++;
                context.result(new JobResult(target, "NOT_SHELLY", notShelly.reason(), silenced.isEmpty() ? null : silenced.getFirst()));
            }
            case ScanResult.Unreachable unreachable -> {
                List<String> silenced = inventory.recordSilence(unreachable.address());
                tally.unreachable++;
                if (!silenced.isEmpty()) {
                    context.result(new JobResult(target, "UNREACHABLE", "a known device no longer answers here: "
                            + unreachable.reason(), silenced.getFirst()));
                }
            }
        }
    }

    private void recorded(JobContext context, String target, SightingOutcome outcome, Credentials login) {
        Device device = outcome.device();
        for (Device displaced : outcome.displaced()) {
            tally.moved++;
            context.result(new JobResult(target, "MOVED", "device " + displaced.mac() + " no longer answers here; "
                    + device.mac() + " does", displaced.id()));
        }
        String outcomeName = switch (outcome.change()) {
            case ADDED -> "ADDED";
            case UPDATED -> "UPDATED";
            case ADDRESS_CHANGED -> "ADDRESS_CHANGED";
        };
        tally.count(outcome.change());
        if (device.needsCredentials()) {
            tally.needsCredentials++;
            outcomeName = "NEEDS_CREDENTIALS";
        }
        context.result(new JobResult(target, outcomeName, device.model() + " " + device.mac(), device.id()));
        if (device.capabilities().isEmpty() && !device.needsCredentials()) {
            readCapabilities(device, login);
        }
    }

    private boolean accepts(DeviceAddress address, Credentials credentials) {
        try (ShellyClient client = devices.connect(address, credentials)) {
            client.status();
            return true;
        } catch (DeviceUnauthorizedException e) {
            return false;
        } catch (DeviceException e) {
            log.debug("could not check the stored login of {}: {}", address, e.getMessage());
            return false;
        }
    }

    private void readCapabilities(Device device, Credentials login) {
        try (ShellyClient client = devices.connect(device.address(), device.authRequired() ? login : null)) {
            inventory.recordCapabilities(device.id(), names(client.capabilities()));
        } catch (DeviceException e) {
            log.debug("could not read the capabilities of {} at {}: {}", device.id(), device.address(), e.getMessage());
        }
    }

    static List<String> names(Capabilities capabilities) {
        TreeSet<String> names = new TreeSet<>(capabilities.kinds());
        if (capabilities.metering()) {
            names.add("metering");
        }
        if (capabilities.battery()) {
            names.add("battery");
        }
        if (capabilities.scripts()) {
            names.add("scripts");
        }
        if (!capabilities.profiles().isEmpty()) {
            names.add("profiles");
        }
        return new ArrayList<>(names);
    }
}
