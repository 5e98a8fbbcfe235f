package org.shellymanager.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shellymanager.simulator.core.DeviceEvent;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.mdns.MdnsRecords;
import org.shellymanager.simulator.mdns.MdnsService;
import org.shellymanager.simulator.state.CoverChannel;
import org.shellymanager.simulator.state.InputChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import tools.jackson.databind.node.ObjectNode;

/** One running device of a {@link SimulatedFleet}: where it is, who it is, and hands-on control as if at the device. */
public final class SimulatedDevice {

    private final VirtualDevice device;

    SimulatedDevice(VirtualDevice device) {
        this.device = device;
    }

    /** {@code host:port} of the LAN endpoint. */
    public String address() {
        return device.network().host() + ":" + device.network().port();
    }

    public String host() {
        return device.network().host();
    }

    public int port() {
        return device.network().port();
    }

    /** {@code host:port} where the device answers as it would at 192.168.33.1 in its own access point. */
    public String apAddress() {
        return device.network().apHost() + ":" + device.network().apPort();
    }

    /** {@code host:port} of the HTTPS endpoint when the device was started with {@code https}. */
    public Optional<String> findHttpsAddress() {
        int port = device.network().httpsPort();
        return port == 0 ? Optional.empty() : Optional.of(device.network().host() + ":" + port);
    }

    /** Gives the device a new self-signed certificate; HTTPS serves it after the next reboot. */
    public void renewCertificate() {
        device.network().renewCertificate();
    }

    public String apSsid() {
        return device.apSsid();
    }

    public boolean provisioned() {
        return device.network().provisioned();
    }

    /** 1, 2, 3 or 4. */
    public int generation() {
        return device.gen();
    }

    public String model() {
        return device.model().model();
    }

    public String id() {
        return device.id();
    }

    /** 12 upper-case hex digits, no separators. */
    public String mac() {
        return device.mac();
    }

    /** The password when auth is on, else null. Gen2+ user is always {@code admin}. */
    public String password() {
        return device.password();
    }

    /** Gen1 login user ({@code admin} unless configured otherwise). */
    public String user() {
        return device.gen() == 1 ? device.gen1User() : "admin";
    }

    /** The DNS-SD services this device advertises when the fleet runs with mDNS (and would advertise otherwise). */
    public List<MdnsService> mdnsServices() {
        return MdnsRecords.of(device);
    }

    public String firmwareId() {
        return device.firmwareId();
    }

    public String profile() {
        return device.profile();
    }

    /** Switches a relay as if its button was pressed. */
    public void setOutput(int channel, boolean on) {
        long now = device.nowMs();
        switchChannel(channel).set(now, on, device.gen() == 1 ? "input" : "button", 0);
        device.emit(new DeviceEvent.StatusChanged(List.of("switch:" + channel)));
    }

    public boolean output(int channel) {
        return switchChannel(channel).output(device.nowMs());
    }

    /** Watts drawn by an output's load while it is on. */
    public void setLoad(int channel, double watts) {
        switchChannel(channel).load(device.nowMs(), watts);
    }

    public int coverPosition(int channel) {
        return device.state().find(device.gen() == 1 ? "roller" : "cover", channel)
                .map(c -> ((CoverChannel) c).currentPos(device.nowMs()))
                .orElseThrow(() -> new IllegalArgumentException("no cover " + channel));
    }

    /** Presses or flips an input: state change plus an event ({@code single_push}, Gen1 {@code S}, ...). */
    public void inputEvent(int channel, String event) {
        InputChannel input = device.state().find("input", channel).map(InputChannel.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("no input " + channel));
        input.event(event);
        device.emit(new DeviceEvent.ComponentEvent("input:" + channel, channel, event, Map.of()));
    }

    /** Renames the device as if on its own web page (config changes behind the manager's back). */
    public void setName(String name) {
        synchronized (device) {
            ObjectNode config = device.config();
            if (device.gen() == 1) {
                config.put("name", name);
            } else {
                ((ObjectNode) config.path("sys").path("device")).put("name", name);
            }
            device.configChanged(false);
        }
    }

    /** Listens at another loopback address (same port), as after a DHCP change. */
    public void moveTo(String newHost) {
        Addresses.requireLoopback(newHost);
        try {
            device.lifecycle().moveTo(newHost);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void reboot() {
        device.lifecycle().reboot();
    }

    public void injectFault(Fault fault) {
        device.faults().add(fault);
        switch (fault) {
            case Fault.Refused r -> device.lifecycle().refuse(true);
            case Fault.RandomReboots r -> device.lifecycle().scheduleRandomReboot();
            default -> { }
        }
    }

    public void clearFaults() {
        boolean refused = device.faults().has(Fault.Refused.class);
        device.faults().clear();
        if (refused) {
            device.lifecycle().refuse(false);
        }
    }

    public List<Fault> faults() {
        return device.faults().all();
    }

    void stop() {
        device.lifecycle().stop();
    }

    private SwitchChannel switchChannel(int channel) {
        return device.state().find(device.gen() == 1 ? "relay" : "switch", channel).map(SwitchChannel.class::cast)
                .orElseThrow(() -> new IllegalArgumentException(model() + " has no switch " + channel));
    }

    @Override
    public String toString() {
        return model() + " " + id() + " at " + address();
    }
}
