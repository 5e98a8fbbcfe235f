package org.shellymanager.simulator.state;

/** One component instance of a device, as hardware: relay, cover, light, input, meter or sensor. */
public sealed interface Channel
        permits SwitchChannel, CoverChannel, LightChannel, InputChannel, MeterChannel, PhaseMeter, ClimateChannel {

    int id();

    /** The kind in the device's own wire vocabulary ({@code relay} or {@code switch}, {@code roller} or {@code cover}). */
    String kind();
}
