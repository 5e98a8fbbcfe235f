package org.shellymanager.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.shellymanager.device.gen1.Gen1StatusMapper;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.rpc.RpcStatusMapper;
import org.shellymanager.device.rpc.StatusMerger;
import tools.jackson.databind.JsonNode;

/**
 * The per-poll parsing cost: a status reply's bytes to the typed model (JSON parse plus the generation's mapper),
 * and the merge of a {@code NotifyStatus} change into the last full status as a pushed update costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplyParsingBenchmark {

    private SimulatedReplies.Replies replies;
    private JsonNode pro4pm;
    private JsonNode change;

    @Setup
    public void fetch() throws Exception {
        replies = SimulatedReplies.fetch();
        pro4pm = Json.parseOrNull(replies.pro4pmStatus());
        change = Json.parseOrNull("{\"switch:2\":{\"id\":2,\"apower\":41.7,\"current\":0.19,\"aenergy\":{\"total\":1234.5,"
                + "\"by_minute\":[1.1,2.2,3.3],\"minute_ts\":1700000000}},\"ts\":1700000000.12}");
    }

    @Benchmark
    public DeviceStatus gen1PlugStatus() {
        return Gen1StatusMapper.map(Json.parseOrNull(replies.gen1Status()));
    }

    @Benchmark
    public DeviceStatus pro4pmStatus() {
        return RpcStatusMapper.map(Json.parseOrNull(replies.pro4pmStatus()));
    }

    @Benchmark
    public DeviceStatus pro3emStatus() {
        return RpcStatusMapper.map(Json.parseOrNull(replies.pro3emStatus()));
    }

    @Benchmark
    public DeviceStatus mergeNotifyStatus() {
        return RpcStatusMapper.map(StatusMerger.merge(pro4pm, change));
    }
}
