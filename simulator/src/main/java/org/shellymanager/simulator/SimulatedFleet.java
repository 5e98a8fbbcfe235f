package org.shellymanager.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shellymanager.simulator.core.DeviceIdentity;
import org.shellymanager.simulator.core.Lifecycle;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.gen1.Gen1Handler;
import org.shellymanager.simulator.mdns.MdnsAdvertiser;
import org.shellymanager.simulator.model.ModelCatalog;
import org.shellymanager.simulator.model.ModelSpec;
import org.shellymanager.simulator.net.Listeners;
import org.shellymanager.simulator.net.SharedListeners;
import org.shellymanager.simulator.net.SocketPerAddress;
import org.shellymanager.simulator.rpc.RpcHandler;

/** A running fleet of simulated devices. Start with {@link #start(FleetSpec)}, stop with {@link #close()}. */
public final class SimulatedFleet implements AutoCloseable {

    private static final String AP_NETWORK = "127.33.0.1";

    private final List<SimulatedDevice> devices;
    private final List<MdnsAdvertiser> advertisers;
    private final Listeners listeners;

    private SimulatedFleet(List<SimulatedDevice> devices, List<MdnsAdvertiser> advertisers, Listeners listeners) {
        this.devices = List.copyOf(devices);
        this.advertisers = List.copyOf(advertisers);
        this.listeners = listeners;
    }

    /** Builds every device and returns once all of them listen. */
    public static SimulatedFleet start(FleetSpec spec) {
        List<SimulatedDevice> started = new ArrayList<>();
        ModelCatalog catalog = ModelCatalog.builtIn();
        Listeners listeners = spec.sharedListeners() ? SharedListeners.open() : new SocketPerAddress();
        try {
            for (int i = 0; i < spec.devices().size(); i++) {
                DeviceSpec deviceSpec = spec.devices().get(i);
                ModelSpec model = catalog.get(deviceSpec.model());
                Lifecycle.Timing timing = new Lifecycle.Timing(spec.rebootOffline(), spec.updateOffline(),
                        spec.stableFirmware().getOrDefault(model.model(), model.firmware()), model.beta(),
                        spec.notifyPeriod());
                VirtualDevice device = new VirtualDevice(
                        DeviceIdentity.of(model, deviceSpec, Macs.of(model.gen(), spec.seed(), i)), spec.clock(),
                        spec.seed() * 1_000_003L + i, listeners,
                        d -> d.gen() == 1 ? new Gen1Handler(d) : new RpcHandler(d), timing);
                Addresses.HostPort lan = spec.addresses().address(i);
                Addresses.HostPort ap = new Addresses.HostPort(Addresses.plus(AP_NETWORK, i), lan.port());
                device.lifecycle().start(lan, ap);
                device.lifecycle().scheduleRandomReboot();
                started.add(new SimulatedDevice(device));
            }
        } catch (IOException | RuntimeException e) {
            started.forEach(SimulatedDevice::stop);
            closeShared(listeners);
            throw e instanceof IOException io ? new UncheckedIOException("cannot start fleet", io)
                    : (RuntimeException) e;
        }
        return new SimulatedFleet(started, spec.mdns() ? advertise(started) : List.of(), listeners);
    }

    /** One responder per device, started side by side (each probes its names for a moment first). */
    private static List<MdnsAdvertiser> advertise(List<SimulatedDevice> devices) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<MdnsAdvertiser>> starting = devices.stream()
                    .map(d -> executor.submit(() -> MdnsAdvertiser.start(d.host(), d.mdnsServices()))).toList();
            List<MdnsAdvertiser> advertisers = new ArrayList<>();
            for (Future<MdnsAdvertiser> future : starting) {
                try {
                    advertisers.add(future.get());
                } catch (ExecutionException e) {
                    advertisers.forEach(MdnsAdvertiser::close);
                    throw new IllegalStateException("mDNS advertisement failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    advertisers.forEach(MdnsAdvertiser::close);
                    throw new IllegalStateException("interrupted while starting mDNS", e);
                }
            }
            return advertisers;
        }
    }

    public List<SimulatedDevice> devices() {
        return devices;
    }

    public Optional<SimulatedDevice> findById(String id) {
        return devices.stream().filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
    }

    public SimulatedDevice getById(String id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("no device " + id));
    }

    @Override
    public void close() {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            advertisers.forEach(advertiser -> executor.submit(advertiser::close));
        }
        devices.forEach(SimulatedDevice::stop);
        closeShared(listeners);
    }

    private static void closeShared(Listeners listeners) {
        if (listeners instanceof SharedListeners shared) {
            shared.close();
        }
    }
}
