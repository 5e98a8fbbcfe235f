package org.shellymanager.simulator.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shellymanager.simulator.model.ComponentSpec;

/** The hardware of one device in its present profile: its channels, in model order. */
public final class DeviceState {

    private static final long DEFAULT_COVER_TRAVEL_MS = 20_000;

    private final List<Channel> channels;
    private final long seed;

    private DeviceState(List<Channel> channels, long seed) {
        this.channels = List.copyOf(channels);
        this.seed = seed;
    }

    /** Builds the channels of a profile; {@code loadW} is each output's load when on. */
    public static DeviceState create(List<ComponentSpec> components, double loadW, long seed, long nowMs) {
        List<Channel> channels = new ArrayList<>();
        long channelSeed = seed;
        for (ComponentSpec group : components) {
            for (int id = 0; id < group.count(); id++) {
                channelSeed++;
                channels.add(channel(group.kind(), id, channelSeed, loadW, nowMs));
            }
        }
        return new DeviceState(channels, seed);
    }

    private static Channel channel(String kind, int id, long seed, double loadW, long nowMs) {
        return switch (kind) {
            case "relay", "switch" -> new SwitchChannel(kind, id, seed, loadW, nowMs);
            case "roller", "cover" -> new CoverChannel(kind, id, seed, 120, DEFAULT_COVER_TRAVEL_MS, nowMs);
            case "light", "white", "color", "rgb", "rgbw" -> new LightChannel(kind, id, seed, loadW, nowMs);
            case "input" -> new InputChannel(kind, id);
            case "emeter", "em1" -> new MeterChannel(kind, id, seed, loadW * (1 + id * 0.3), nowMs);
            case "em" -> new PhaseMeter(kind, id, List.of(
                    new MeterChannel("phase", 0, seed * 3, loadW, nowMs),
                    new MeterChannel("phase", 1, seed * 3 + 1, loadW * 0.4, nowMs),
                    new MeterChannel("phase", 2, seed * 3 + 2, loadW * 0.7, nowMs)));
            case "sensor", "temperature", "humidity", "devicepower" -> new ClimateChannel(kind, id, seed, nowMs);
            default -> throw new IllegalArgumentException("unknown component kind " + kind);
        };
    }

    public List<Channel> channels() {
        return channels;
    }

    public Optional<Channel> find(String kind, int id) {
        return channels.stream().filter(c -> c.kind().equals(kind) && c.id() == id).findFirst();
    }

    public <C extends Channel> List<C> all(Class<C> type) {
        return channels.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Internal temperature of the device: warmer with more load. */
    public double deviceTemperatureC(long nowMs) {
        double watts = 0;
        for (SwitchChannel sw : all(SwitchChannel.class)) {
            watts += sw.power(nowMs);
        }
        for (LightChannel light : all(LightChannel.class)) {
            watts += light.power(nowMs);
        }
        return Noise.round1(Noise.drift(38.0 + Math.min(20, watts / 100.0), 0.8, seed, nowMs));
    }
}
