package org.shellymanager.device.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.gen1.Gen1StatusMapper;
import org.shellymanager.device.model.Metering;
import org.shellymanager.device.model.PowerMeter;
import org.shellymanager.device.rpc.RpcComponentMapper;
import org.shellymanager.device.rpc.RpcFrames;

/** Replies of odd shape (found by fuzzing the parsers) map to the model or to nothing, never to an exception. */
class OddRepliesTest {

    @Test
    void numbersBeyondIntCountAsTrueFlags() {
        assertThat(Json.bool(Json.parseOrNull("{\"on\":2147483648}"), "on")).isTrue();
        assertThat(Json.bool(Json.parseOrNull("{\"on\":0.0}"), "on")).isFalse();
    }

    @Test
    void frameIdsThatAreNotWholeLongsAreNotOurs() {
        assertThat(RpcFrames.id(Json.parseOrNull("{\"id\":0.01}"))).isEmpty();
        assertThat(RpcFrames.id(Json.parseOrNull("{\"id\":1e30}"))).isEmpty();
        assertThat(RpcFrames.id(Json.parseOrNull("{\"id\":42}"))).contains(42L);
    }

    @Test
    void gen1ChannelListsThatAreNotArraysAreIgnored() {
        var status = Gen1StatusMapper.map(Json.parseOrNull("{\"relays\":{\"ison\":true},\"meters\":{\"power\":1}}"));
        assertThat(status.components()).noneMatch(c -> c.key().startsWith("switch:") || c.key().startsWith("meter:"));
    }

    @Test
    void pm1WithoutReadingsIsAMeterWithUnknownValues() {
        PowerMeter meter = (PowerMeter) RpcComponentMapper.map("pm1:0", Json.parseOrNull("{\"id\":0}"));
        assertThat(meter.metering()).extracting(Metering::powerW, Metering::energyWh).containsOnlyNulls();
    }
}
