package org.shellymanager.simulator.gen1;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.state.LightChannel;
import org.shellymanager.simulator.state.SwitchChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code /settings} answer: stored settings plus live values (time, outputs), secrets left out. */
final class Gen1View {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Gen1View() {
    }

    static ObjectNode settings(VirtualDevice device) {
        long now = device.nowMs();
        ObjectNode settings = device.config().deepCopy();
        settings.put("time", HH_MM.format(Instant.ofEpochMilli(now))).put("unixtime", now / 1000);
        ((ObjectNode) settings.path("wifi_ap")).put("key", "");
        ((ObjectNode) settings.path("cloud")).put("connected", false);
        for (String array : new String[] {"relays", "lights"}) {
            JsonNode channels = settings.path(array);
            for (int i = 0; i < channels.size(); i++) {
                live(device, (ObjectNode) channels.get(i), array, i, now);
            }
        }
        return settings;
    }

    static ObjectNode channelSettings(VirtualDevice device, String array, int index) {
        ObjectNode channel = ((ObjectNode) device.config().path(array).path(index)).deepCopy();
        live(device, channel, array, index, device.nowMs());
        return channel;
    }

    private static void live(VirtualDevice device, ObjectNode channel, String array, int index, long now) {
        if (array.equals("relays")) {
            device.state().find("relay", index).map(SwitchChannel.class::cast).ifPresent(sw -> channel
                    .put("ison", sw.output(now)).put("has_timer", sw.timerRemainingSec(now) > 0));
        } else if (array.equals("lights")) {
            device.state().channels().stream()
                    .filter(c -> c instanceof LightChannel && c.id() == index).map(LightChannel.class::cast)
                    .findFirst().ifPresent(light -> channel.put("ison", light.on()));
        }
    }
}
