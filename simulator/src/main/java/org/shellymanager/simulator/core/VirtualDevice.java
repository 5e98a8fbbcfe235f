package org.shellymanager.simulator.core;

import java.io.IOException;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.shellymanager.simulator.net.Endpoint;
import org.shellymanager.simulator.net.RequestHandler;
import org.shellymanager.simulator.net.SelfSignedCertificate;
import org.shellymanager.simulator.state.DeviceState;
import org.shellymanager.simulator.state.InputChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import org.shellymanager.simulator.userdata.UserData;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running state of one simulated device: identity, configuration, hardware, auth, firmware and its listening
 * endpoints. Protocol handlers read and change it under its lock.
 */
public final class VirtualDevice {

    private final ModelSpec model;
    private final DeviceSpec spec;
    private final String id;
    private final String mac;
    private final InstantSource clock;
    private final long seed;
    private final FaultSet faults = new FaultSet();
    private final DigestAuth digest;
    private final Map<String, String> secrets = new HashMap<>();
    private final List<Consumer<DeviceEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Endpoint lan;
    private final Endpoint ap;
    private final Endpoint https;
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
    private volatile String host;
    private volatile int port;
    private volatile String apHost;
    private volatile int apPort;
    private volatile int httpsPort;
    private volatile boolean provisioned;

    public VirtualDevice(ModelSpec model, DeviceSpec spec, String mac, InstantSource clock, long seed,
            Handlers handlers, Lifecycle.Timing timing) {
        this.model = model;
        this.spec = spec;
        this.mac = mac;
        this.clock = clock;
        this.seed = seed;
        this.id = model.gen() == 1
                ? model.idPrefix() + "-" + (model.longId() ? mac : mac.substring(6))
                : model.idPrefix() + "-" + mac.toLowerCase(Locale.ROOT);
        this.profile = spec.profile() == null ? model.defaultProfile() : spec.profile();
        model.components(profile);
        this.firmwareId = spec.firmware() == null ? model.firmware() : FirmwareIds.forVersion(spec.firmware(), model.gen());
        this.provisioned = spec.provisioned();
        this.values = Map.of("MAC", mac, "ID", id, "MODEL", model.model(), "FW", firmwareId, "AP_SSID", apSsid());
        this.gen1User = spec.user() == null ? "admin" : spec.user();
        this.gen1Password = spec.password();
        this.digest = new DigestAuth(id, FirmwareIds.major(firmwareId) >= 2 ? new TrackedNonces() : new TimestampNonces(),
                spec.password() == null ? null : Hashes.ha1(id, spec.password()));
        this.bootMs = clock.millis();
        this.config = model.gen() == 1
                ? ConfigFactory.gen1(model, profile, values, spec.name(), gen1User, spec.password() != null, provisioned)
                : ConfigFactory.rpc(model, profile, values, spec.name(), provisioned);
        this.state = DeviceState.create(model.components(profile), load(), seed, bootMs);
        spec.faults().forEach(faults::add);
        RequestHandler handler = handlers.create(this);
        this.lan = new Endpoint(handler, faults, this::reachable);
        this.ap = new Endpoint(handler, faults, () -> true);
        this.https = spec.https() ? new Endpoint(handler, faults, this::reachable) : null;
        if (https != null) {
            https.useTls(SelfSignedCertificate.serverContext(id));
        }
        this.lifecycle = new Lifecycle(this, timing);
        applyInitialStates();
    }

    /** Creates the protocol handler of a device (Gen1 REST or Gen2+ RPC). */
    public interface Handlers {
        RequestHandler create(VirtualDevice device);
    }

    // ---- identity

    public ModelSpec model() {
        return model;
    }

    public DeviceSpec spec() {
        return spec;
    }

    public String id() {
        return id;
    }

    public String mac() {
        return mac;
    }

    public int gen() {
        return model.gen();
    }

    /** Gen1: the device id; Gen2+: capitalised app prefix and upper-case MAC. */
    public String apSsid() {
        return model.gen() == 1 ? id : model.apPrefix() + "-" + mac;
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
        profile = model.defaultProfile();
        secrets.clear();
        userData.clear();
        digest.ha1(null);
        gen1Password = null;
        gen1User = "admin";
        config = model.gen() == 1
                ? ConfigFactory.gen1(model, profile, values, null, gen1User, false, false)
                : ConfigFactory.rpc(model, profile, values, null, false);
        state = DeviceState.create(model.components(profile), load(), seed, clock.millis());
        configChanged(false);
    }

    public synchronized int cfgRev() {
        return cfgRev;
    }

    public synchronized void configChanged(boolean needsRestart) {
        cfgRev++;
        restartRequired |= needsRestart;
        if (model.gen() > 1) {
            ((ObjectNode) config.path("sys")).put("cfg_rev", cfgRev);
        }
    }

    public synchronized boolean restartRequired() {
        return restartRequired;
    }

    /** Switches profile (Gen2 {@code Shelly.SetProfile}, Gen1 {@code mode}); takes effect with a fresh state. */
    public synchronized void switchProfile(String newProfile) {
        model.components(newProfile);
        profile = newProfile;
        if (model.gen() == 1) {
            config.put("mode", newProfile);
            ConfigFactory.gen1Channels(config, model, newProfile);
        } else {
            ((ObjectNode) config.path("sys").path("device")).put("profile", newProfile);
            ConfigFactory.components(config, model, newProfile, values);
        }
        state = DeviceState.create(model.components(newProfile), load(), seed, clock.millis());
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
        if (model.gen() == 1) {
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
        return spec.load() != null ? spec.load() : model.load() > 0 ? model.load() : 60;
    }

    private void applyInitialStates() {
        long now = clock.millis();
        for (SwitchChannel sw : state.all(SwitchChannel.class)) {
            String initial = model.gen() == 1
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
        if (model.gen() == 1) {
            return gen1Password;
        }
        return digest.enabled() ? spec.password() : null;
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
        listeners.add(listener);
    }

    public void unlisten(Consumer<DeviceEvent> listener) {
        listeners.remove(listener);
    }

    public void emit(DeviceEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    // ---- network

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String apHost() {
        return apHost;
    }

    public int apPort() {
        return apPort;
    }

    public boolean provisioned() {
        return provisioned;
    }

    void provisioned(boolean value) {
        provisioned = value;
    }

    Endpoint lanEndpoint() {
        return lan;
    }

    /** Closes what listens on the LAN: plain HTTP and, with a certificate, HTTPS. */
    void closeLan() {
        lan.close();
        if (https != null) {
            https.close();
        }
    }

    void openHttps() throws IOException {
        if (https != null) {
            httpsPort = https.open(host, httpsPort);
        }
    }

    /** The HTTPS port, or 0 when the device serves no HTTPS. */
    public int httpsPort() {
        return https == null ? 0 : httpsPort;
    }

    /** A new self-signed certificate from the next time HTTPS opens (as after a replacement or a reflash). */
    public void renewCertificate() {
        if (https == null) {
            throw new IllegalStateException(id + " serves no HTTPS");
        }
        https.useTls(SelfSignedCertificate.serverContext(id));
    }

    Endpoint apEndpoint() {
        return ap;
    }

    void boundLan(String boundHost, int boundPort) {
        host = boundHost;
        port = boundPort;
    }

    void boundAp(String boundHost, int boundPort) {
        apHost = boundHost;
        apPort = boundPort;
    }

    /** Whether the device answers at all right now (sleep cycle and flapping are computed from the clock). */
    public boolean reachable() {
        long now = clock.millis();
        if (spec.awake() != null) {
            long cycle = spec.awake().toMillis() + spec.asleep().toMillis();
            if (Math.floorMod(now - lifecycle.startedMs(), cycle) >= spec.awake().toMillis()) {
                return false;
            }
        }
        var flapping = faults.find(Fault.Flapping.class);
        if (flapping.isPresent()) {
            long on = flapping.get().online().toMillis();
            long cycle = on + flapping.get().offline().toMillis();
            return Math.floorMod(now - lifecycle.startedMs(), cycle) < on;
        }
        return true;
    }
}
