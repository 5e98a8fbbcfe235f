package org.shellymanager.manager.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shellymanager.device.Credentials;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.DeviceIdentity;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.inventory.Sighting;
import org.shellymanager.manager.inventory.SightingOutcome;
import org.shellymanager.manager.job.JobContext;
import org.shellymanager.manager.job.JobResult;
import org.shellymanager.manager.job.JobWork;
import org.shellymanager.manager.platform.BusyDatabase;
import org.springframework.transaction.support.TransactionOperations;

/**
 * One discovery scan: probes every address and records what answers. Results are recorded in batches (see
 * {@link DiscoveryRecorder}), each batch in one transaction holding its inventory changes, job results and
 * progress, so a scan that fails or is cancelled keeps every batch recorded until then and nothing of a batch
 * that failed. A batch whose transaction cannot begin on a busy database is tried again a few times before the scan
 * fails with {@code database.busy}. Results are kept for every address that answered, and for silent addresses only
 * where a known device used to be.
 */
final class DiscoveryRun implements JobWork {

    /** Tries of a batch's transaction while the database is too busy for it to begin. */
    private static final int BUSY_TRIES = 3;

    private final AddressScanner scanner;
    private final DiscoveryDeviceCalls calls;
    private final InventoryService inventory;
    private final TransactionOperations transactions;
    private final DiscoveryTargets targets;
    private final Credentials given;
    private final Credentials toTry;
    private final DiscoveryTally tally = new DiscoveryTally();

    DiscoveryRun(AddressScanner scanner, DiscoveryDeviceCalls calls, InventoryService inventory,
                 TransactionOperations transactions, DiscoveryTargets targets, Credentials given, Credentials toTry) {
        this.scanner = scanner;
        this.calls = calls;
        this.inventory = inventory;
        this.transactions = transactions;
        this.targets = targets;
        this.given = given;
        this.toTry = toTry;
    }

    @Override
    public String run(JobContext context) {
        List<DeviceAddress> addresses = targets.addresses(context);
        context.total(addresses.size());
        DiscoveryRecorder recorder = new DiscoveryRecorder(batch -> write(context, batch));
        try {
            scanner.scan(addresses, toTry, recorder::add, context::cancelled);
        } finally {
            recorder.close();
        }
        return tally.summary(context.cancelled()) + targets.mdnsNote();
    }

    /** Records one batch: device calls first, then one transaction, then the capabilities of new devices. */
    private void write(JobContext context, List<ScanResult> batch) {
        Map<String, Credentials> ownLogins = calls.acceptedOwnLogins(batch.stream()
                .filter(ScanResult.NeedsCredentials.class::isInstance).map(ScanResult.NeedsCredentials.class::cast).toList());
        List<DiscoveryDeviceCalls.CapabilityRead> reads = new ArrayList<>();
        BusyDatabase.inTransaction(transactions, BUSY_TRIES, "recording discovery results", status -> {
            for (ScanResult result : batch) {
                record(context, result, ownLogins, reads);
                tally.probed++;
                context.advance();
            }
        });
        Map<String, List<String>> capabilities = calls.capabilities(reads);
        if (!capabilities.isEmpty()) {
            BusyDatabase.inTransaction(transactions, BUSY_TRIES, "recording discovered devices' capabilities",
                    status -> capabilities.forEach(inventory::recordCapabilities));
        }
    }

    private void record(JobContext context, ScanResult result, Map<String, Credentials> ownLogins,
                        List<DiscoveryDeviceCalls.CapabilityRead> reads) {
        String target = result.address().toString();
        switch (result) {
            case ScanResult.Found found -> {
                boolean accepted = found.identity().authRequired() && found.credentialsAccepted();
                Sighting sighting = new Sighting(found.identity(), found.address(), accepted ? given : null,
                        !found.identity().authRequired() || found.credentialsAccepted());
                recorded(context, target, found.identity(), inventory.record(sighting), accepted ? toTry : null, reads);
            }
            case ScanResult.NeedsCredentials needs -> {
                Credentials own = ownLogins.get(needs.identity().mac());
                recorded(context, target, needs.identity(),
                        inventory.record(new Sighting(needs.identity(), needs.address(), null, own != null)), own, reads);
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

    private void recorded(JobContext context, String target, DeviceIdentity identity, SightingOutcome outcome,
                          Credentials login, List<DiscoveryDeviceCalls.CapabilityRead> reads) {
        Device device = outcome.device();
        for (Device displaced : outcome.displaced()) {
            tally.moved++;
            context.result(new JobResult(target, "MOVED", "device " + displaced.mac() + " no longer answers here; "
                    + device.mac() + " does", displaced.id()));
        }
        String outcomeName = outcome.change().name();
        tally.count(outcome.change());
        if (device.needsCredentials()) {
            tally.needsCredentials++;
            outcomeName = "NEEDS_CREDENTIALS";
        }
        context.result(new JobResult(target, outcomeName, device.model() + " " + device.mac(), device.id()));
        if (device.capabilities().isEmpty() && !device.needsCredentials()) {
            reads.add(new DiscoveryDeviceCalls.CapabilityRead(device.id(), identity, device.address(),
                    device.authRequired() ? login : null));
        }
    }
}
