package org.shellymanager.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A fleet to start: its devices, where they listen, the clock they read, and the firmware catalogue.
 *
 * @param updateOffline how long a device is unreachable while it installs a firmware update
 * @param rebootOffline how long a device is unreachable while it reboots
 * @param stableFirmware per model, the firmware id the catalogue offers as the stable update (default: the model's)
 * @param seed          makes MAC addresses and noise repeatable
 * @param notifyPeriod  how often Gen2+ devices send their periodic {@code NotifyStatus} (devices: every minute)
 * @param mdns          each device advertises itself over mDNS on its loopback address, as real devices do
 * @param sharedListeners one listener per port for the whole fleet instead of a socket per device (only in a network
 *                      namespace whose interfaces are all loopback; see {@code SharedListeners})
 */
public record FleetSpec(List<DeviceSpec> devices, AddressPlan addresses, InstantSource clock, Duration updateOffline,
        Duration rebootOffline, Map<String, String> stableFirmware, long seed, Duration notifyPeriod, boolean mdns, boolean sharedListeners) {

    public FleetSpec {
        devices = List.copyOf(devices);
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(clock, "clock");
        stableFirmware = Map.copyOf(stableFirmware);
        if (notifyPeriod == null || notifyPeriod.isNegative() || notifyPeriod.isZero()) {
            throw new IllegalArgumentException("notifyPeriod must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a fleet file (format in docs/simulator.md). */
    public static FleetSpec load(Path yaml) {
        return FleetFile.read(yaml);
    }

    /** Fluent construction; without {@link #port} or {@link #basePort} each device gets a system-chosen port. */
    public static final class Builder {
        private String host;
        private Integer port;
        private Integer basePort;
        private InstantSource clock = InstantSource.system();
        private Duration updateOffline = Duration.ofSeconds(3);
        private Duration rebootOffline = Duration.ofSeconds(1);
        private final Map<String, String> stableFirmware = new LinkedHashMap<>();
        private final List<DeviceSpec> devices = new ArrayList<>();
        private long seed = 1;
        private Duration notifyPeriod = Duration.ofMinutes(1);
        private boolean mdns;
        private boolean sharedListeners;

        /** First address (per-host plan with {@link #port}) or the one address (per-port plan). */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** Common port; each device gets its own address counting up from {@link #host}. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Consecutive ports from this one, all on {@link #host} (default 127.0.0.1). */
        public Builder basePort(int value) {
            this.basePort = value;
            return this;
        }

        public Builder clock(InstantSource value) {
            this.clock = value;
            return this;
        }

        public Builder updateOffline(Duration value) {
            this.updateOffline = value;
            return this;
        }

        public Builder rebootOffline(Duration value) {
            this.rebootOffline = value;
            return this;
        }

        public Builder stableFirmware(String model, String firmwareId) {
            this.stableFirmware.put(model, firmwareId);
            return this;
        }

        /** How often Gen2+ devices send the periodic {@code NotifyStatus}; one minute unless changed. */
        public Builder notifyPeriod(Duration value) {
            this.notifyPeriod = value;
            return this;
        }

        /** Each device answers mDNS ({@code _http._tcp}, Gen2+ also {@code _shelly._tcp}) on its address. */
        public Builder mdns(boolean value) {
            this.mdns = value;
            return this;
        }

        /**
         * One listener per port for the whole fleet, telling devices apart by the address each connection was made
         * to: a fleet of 100,000 then needs a few file descriptors instead of one per device. Only in a network
         * namespace whose interfaces are all loopback ({@code unshare -rn}); refused elsewhere.
         */
        public Builder sharedListeners(boolean value) {
            this.sharedListeners = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder add(String model, int count) {
            return add(model, count, d -> { });
        }

        public Builder add(String model, int count, Consumer<DeviceSpec.Builder> options) {
            for (int i = 0; i < count; i++) {
                DeviceSpec.Builder builder = DeviceSpec.builder(model);
                options.accept(builder);
                devices.add(builder.build());
            }
            return this;
        }

        public Builder add(DeviceSpec device) {
            devices.add(device);
            return this;
        }

        public FleetSpec build() {
            if (port != null && basePort != null) {
                throw new IllegalArgumentException("choose port (one address per device) or basePort (one port per device)");
            }
            AddressPlan plan = port != null
                    ? new AddressPlan.PerHost(host == null ? "127.0.10.1" : host, port)
                    : new AddressPlan.PerPort(host == null ? "127.0.0.1" : host, basePort == null ? 0 : basePort);
            return new FleetSpec(devices, plan, clock, updateOffline, rebootOffline, stableFirmware, seed, notifyPeriod, mdns,
                    sharedListeners);
        }
    }
}
