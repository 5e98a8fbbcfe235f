package org.shellymanager.simulator.core;

import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.shellymanager.simulator.DeviceSpec;
import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.auth.DigestAuth;
import org.shellymanager.simulator.auth.Hashes;
import org.shellymanager.simulator.auth.TimestampNonces;
import org.shellymanager.simulator.auth.TrackedNonces;
import org.shellymanager.simulator.fault.FaultSet;
import org.shellymanager.simulator.model.FirmwareIds;
import org.shellymanager.simulator.model.ModelSpec;
import org.shellymanager.simulator.net.Listeners;
import org.shellymanager.simulator.net.RequestHandler;
import org.shellymanager.simulator.state.DeviceState;
import org.shellymanager.simulator.state.InputChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import org.shellymanager.simulator.userdata.UserData;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running state of one simulated device: configuration, hardware, auth and firmware, with who it is
 * ({@link DeviceIdentity}), where it answers ({@link DeviceNetwork}) and how it comes and goes ({@link Lifecycle}).
 * Protocol handlers read and change it under its lock.
 */
public final class VirtualDevice {

    private final DeviceIdentity identity;
    private final InstantSource clock;
    private final long seed;
    private final FaultSet faults = new FaultSet();
    private final DigestAuth digest;
    private final Map<String, String> secrets = new HashMap<>();
    private final DeviceEvents events = new DeviceEvents();
    private final DeviceNetwork network;
    private final Lifecycle lifecycle;
    private final Map<String, String> values;
    private final UserData userData = UserData.empty();
    private ObjectNode config;
    private DeviceState state;
    private String profile;
    private String firmwareId;
    private String gen1Password;
    private String gen1User;
    private int cfgRev;
    private boolean restartRequired;
    private long bootMs;

    public VirtualDevice(DeviceIdentity identity, InstantSource clock, long seed, Listeners listeners, Handlers handlers,
            Lifecycle.Timing timing) {
        this.identity = identity;
        this.clock = clock;
        this.seed = seed;
        ModelSpec model = identity.model();
        DeviceSpec spec = identity.spec();
        this.profile = spec.profile() == null ? model.defaultProfile() : spec.profile();
        model.components(profile);
        this.firmwareId = spec.firmware() == null ? model.firmware() : FirmwareIds.forVersion(spec.firmware(), model.gen());
        this.values = Map.of("MAC", identity.mac(), "ID", identity.id(), "MODEL", model.model(), "FW", firmwareId,
                "AP_SSID", identity.apSsid());
        this.gen1User = spec.user() == null ? "admin" : spec.user();
        this.gen1Password = spec.password();
        this.digest = new DigestAuth(identity.id(),
                FirmwareIds.major(firmwareId) >= 2 ? new TrackedNonces() : new TimestampNonces(),
                spec.password() == null ? null : Hashes.ha1(identity.id(), spec.password()));
        this.bootMs = clock.millis();
        this.config = model.gen() == 1
                ? ConfigFactory.gen1(model(), profile, values, spec.name(), gen1User, spec.password() != null,
                        spec.provisioned())
                : ConfigFactory.rpc(model(), profile, values, spec.name(), spec.provisioned());
        this.state = DeviceState.create(model.components(profile), load(), seed, bootMs);
        spec.faults().forEach(faults::add);
        this.lifecycle = new Lifecycle(this, timing);
        this.network = new DeviceNetwork(identity.id(), listeners, handlers.create(this), faults, lifecycle::reachable,
                spec.https(), spec.provisioned());
        applyInitialStates();
    }

    /** Creates the protocol handler of a device (Gen1 REST or Gen2+ RPC). */
    public interface Handlers {
        RequestHandler create(VirtualDevice device);
    }

    // ---- identity

    public DeviceIdentity identity() {
        return identity;
    }

    public ModelSpec model() {
        return identity.model();
    }

    public DeviceSpec spec() {
        return identity.spec();
    }

    public String id() {
        return identity.id();
    }

    public String mac() {
        return identity.mac();
    }

    public int gen() {
        return identity.gen();
    }

    public String apSsid() {
        return identity.apSsid();
    }

    public long nowMs() {
        return clock.millis();
    }

    public long seed() {
        return seed;
    }

    // ---- configuration and hardware

    public synchronized ObjectNode config() {
        return config;
    }

    public synchronized DeviceState state() {
        return state;
    }

    public synchronized String profile() {
        return profile;
    }

    /** Write-only secrets (Wi-Fi keys, MQTT password) by config path, e.g. {@code wifi.sta.pass}. */
    public synchronized Map<String, String> secrets() {
        return secrets;
    }

    /** Scripts, schedules, webhooks and KVS (Gen2+); they survive reboots, not a factory reset. */
    public UserData userData() {
        return userData;
    }

    /**
     * Back to factory state: default profile and config, no secrets, no login, no user data, not on any Wi-Fi. The
     * caller takes the device offline and brings it back in AP mode ({@link Lifecycle#factoryReset()}).
     */
    synchronized void wipe() {
        profile = model().defaultProfile();
        secrets.clear();
        userData.clear();
        digest.ha1(null);
        gen1Password = null;
        gen1User = "admin";
        config = model().gen() == 1
                ? ConfigFactory.gen1(model(), profile, values, null, gen1User, false, false)
                : ConfigFactory.rpc(model(), profile, values, null, false);
        state = DeviceState.create(model().components(profile), load(), seed, clock.millis());
        configChanged(false);
    }

    public synchronized int cfgRev() {
        return cfgRev;
    }

    public synchronized void configChanged(boolean needsRestart) {
        cfgRev++;
        restartRequired |= needsRestart;
        if (model().gen() > 1) {
            ((ObjectNode) config.path("sys")).put("cfg_rev", cfgRev);
        }
    }

    public synchronized boolean restartRequired() {
        return restartRequired;
    }

    /** Switches profile (Gen2 {@code Shelly.SetProfile}, Gen1 {@code mode}); takes effect with a fresh state. */
    public synchronized void switchProfile(String newProfile) {
        model().components(newProfile);
        profile = newProfile;
        if (model().gen() == 1) {
            config.put("mode", newProfile);
            ConfigFactory.gen1Channels(config, model(), newProfile);
        } else {
            ((ObjectNode) config.path("sys").path("device")).put("profile", newProfile);
            ConfigFactory.components(config, model(), newProfile, values);
        }
        state = DeviceState.create(model().components(newProfile), load(), seed, clock.millis());
        configChanged(true);
    }

    public synchronized long uptimeSec() {
        return Math.max(0, (clock.millis() - bootMs) / 1000);
    }

    public synchronized String firmwareId() {
        return firmwareId;
    }

    synchronized void booted(String newFirmwareId) {
        if ((FirmwareIds.major(newFirmwareId) >= 2) != (FirmwareIds.major(firmwareId) >= 2)) {
            digest.nonces(FirmwareIds.major(newFirmwareId) >= 2 ? new TrackedNonces() : new TimestampNonces());
        }
        firmwareId = newFirmwareId;
        if (model().gen() == 1) {
            config.put("fw", newFirmwareId);
            ((ObjectNode) config.path("build_info")).put("build_id", newFirmwareId);
        } else {
            ((ObjectNode) config.path("sys").path("device")).put("fw_id", newFirmwareId);
        }
        bootMs = clock.millis();
        restartRequired = false;
        applyInitialStates();
    }

    private double load() {
        return spec().load() != null ? spec().load() : model().load() > 0 ? model().load() : 60;
    }

    private void applyInitialStates() {
        long now = clock.millis();
        for (SwitchChannel sw : state.all(SwitchChannel.class)) {
            String initial = model().gen() == 1
                    ? config.path("relays").path(sw.id()).path("default_state").asString("off")
                    : config.path("switch:" + sw.id()).path("initial_state").asString("off");
            boolean on = switch (initial) {
                case "on" -> true;
                case "last", "restore_last" -> sw.output(now);
                case "match_input", "switch" -> state.find("input", sw.id())
                        .map(c -> ((InputChannel) c).state()).orElse(false);
                default -> false;
            };
            sw.set(now, on, "init", 0);
        }
    }

    // ---- auth

    public DigestAuth digest() {
        return digest;
    }

    public synchronized String gen1User() {
        return gen1User;
    }

    public synchronized String gen1Password() {
        return gen1Password;
    }

    public synchronized void gen1Login(boolean enabled, String user, String password) {
        gen1User = user;
        gen1Password = enabled ? password : null;
        ((ObjectNode) config.path("login")).put("enabled", enabled).put("username", user);
    }

    /** The password clients should use now (null when auth is off). */
    public synchronized String password() {
        if (model().gen() == 1) {
            return gen1Password;
        }
        return digest.enabled() ? spec().password() : null;
    }

    public FaultSet faults() {
        return faults;
    }

    public boolean wrongCredentials() {
        return faults.has(Fault.WrongCredentials.class);
    }

    public boolean noncesExhausted() {
        return faults.has(Fault.NonceExhaustion.class);
    }

    // ---- events

    public void listen(Consumer<DeviceEvent> listener) {
        events.listen(listener);
    }

    public void unlisten(Consumer<DeviceEvent> listener) {
        events.unlisten(listener);
    }

    public void emit(DeviceEvent event) {
        events.emit(event);
    }

    // ---- network and lifecycle

    public DeviceNetwork network() {
        return network;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }
}
