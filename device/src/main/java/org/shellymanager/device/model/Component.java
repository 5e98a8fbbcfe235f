package org.shellymanager.device.model;

import tools.jackson.databind.JsonNode;

/**
 * One part of a device's status, in our own model for every generation. {@code key} is the Gen2-style key
 * ({@code switch:0}, {@code cover:0}, {@code sys}); Gen1 parts get the same kind of key ({@code switch:0} for
 * relay 0, {@code meter:0}, {@code emeter:1}). {@code raw} is the wire JSON of that part, unknown fields included.
 */
public sealed interface Component permits SwitchComponent, CoverComponent, LightComponent, InputComponent,
        PowerMeter, ThreePhaseMeter, EnergyCounter, TemperatureSensor, HumiditySensor, IlluminanceSensor,
        BatteryStatus, SystemStatus, WifiStatus, CloudStatus, MqttStatus, BleStatus, EthernetStatus, UnknownComponent {

    String key();

    JsonNode raw();

    /** The part of the key before the colon: {@code switch} for {@code switch:0}. */
    default String kind() {
        int colon = key().indexOf(':');
        return colon < 0 ? key() : key().substring(0, colon);
    }
}
