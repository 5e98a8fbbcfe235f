package org.shellymanager.device.rpc;

/** The device-wide services with {@code GetConfig}/{@code SetConfig}/{@code GetStatus}, in their documented spelling. */
public enum SystemService {
    SYS("Sys"), WIFI("WiFi"), CLOUD("Cloud"), MQTT("MQTT"), BLE("BLE"), WS("WS"), ETH("Eth");

    private final String prefix;

    SystemService(String prefix) {
        this.prefix = prefix;
    }

    public String method(String action) {
        return prefix + "." + action;
    }
}
