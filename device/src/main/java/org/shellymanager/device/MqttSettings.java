package org.shellymanager.device;

/**
 * MQTT broker settings. {@code user}/{@code password} null leave the device's values unchanged.
 *
 * @param server      {@code host:port}
 * @param clientId    null for the device default (the device id)
 */
public record MqttSettings(boolean enabled, String server, String user, String password, String clientId) {

    public MqttSettings {
        if (enabled && (server == null || !server.matches("[^\\s:]+(:\\d{1,5})?"))) {
            throw new IllegalArgumentException("MQTT server must be host or host:port, was " + server);
        }
    }

    @Override
    public String toString() {
        return "MqttSettings[enabled=" + enabled + ", server=" + server + ", user=" + user + ", clientId=" + clientId + "]";
    }
}
