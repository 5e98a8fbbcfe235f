package org.shellymanager.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One device of a fleet as asked for. Nullable values fall back to the model's defaults.
 *
 * @param profile      profile (Gen2+) or mode (Gen1, e.g. {@code roller}); null = the model's first
 * @param user         Gen1 login user when a password is set (Gen2+ is always {@code admin})
 * @param password     turns auth on when not null
 * @param firmware     a version ({@code 2.0.0}) or a full firmware id; decides the Gen2+ nonce regime
 * @param provisioned  false = the device starts in AP mode, not yet on the LAN
 * @param awake        with {@code asleep}: battery devices are reachable only while awake
 * @param load         watts drawn by each output while on; null = the model's default
 * @param failUpdates  firmware updates end in {@code ota_error} instead of a new version
 * @param https        also serves HTTPS with its own self-signed certificate, as newer firmware offers
 */
public record DeviceSpec(String model, String profile, String name, String user, String password, String firmware,
        boolean provisioned, Duration awake, Duration asleep, List<Fault> faults, Double load, boolean failUpdates, boolean https) {

    public DeviceSpec {
        Objects.requireNonNull(model, "model");
        faults = List.copyOf(faults);
        if ((awake == null) != (asleep == null)) {
            throw new IllegalArgumentException("awake and asleep go together");
        }
    }

    public static Builder builder(String model) {
        return new Builder(model);
    }

    /** Fluent options for one device, as used by {@link FleetSpec.Builder#add(String, int, java.util.function.Consumer)}. */
    public static final class Builder {
        private final String model;
        private String profile;
        private String name;
        private String user = "admin";
        private String password;
        private String firmware;
        private boolean provisioned = true;
        private Duration awake;
        private Duration asleep;
        private final List<Fault> faults = new ArrayList<>();
        private Double load;
        private boolean failUpdates;
        private boolean https;

        Builder(String model) {
            this.model = model;
        }

        public Builder profile(String value) {
            this.profile = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder user(String value) {
            this.user = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        public Builder firmware(String versionOrId) {
            this.firmware = versionOrId;
            return this;
        }

        public Builder unprovisioned() {
            this.provisioned = false;
            return this;
        }

        public Builder sleep(Duration awakeFor, Duration asleepFor) {
            this.awake = awakeFor;
            this.asleep = asleepFor;
            return this;
        }

        public Builder fault(Fault fault) {
            this.faults.add(fault);
            return this;
        }

        public Builder load(double watts) {
            this.load = watts;
            return this;
        }

        public Builder failUpdates() {
            this.failUpdates = true;
            return this;
        }

        /** Also listens with HTTPS (a self-signed certificate for the device id) on a port of its own. */
        public Builder https() {
            this.https = true;
            return this;
        }

        public DeviceSpec build() {
            return new DeviceSpec(model, profile, name, user, password, firmware, provisioned, awake, asleep, faults,
                    load, failUpdates, https);
        }
    }
}
