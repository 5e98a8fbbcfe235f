package org.shellymanager.device.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.MalformedReplyException;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.rpc.RpcFrames;
import org.shellymanager.device.rpc.RpcStatusMapper;
import org.shellymanager.device.rpc.StatusMerger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad WebSocket and HTTP JSON-RPC frames, through the steps the library takes with each incoming frame (parse, tell
 * a reply by its id from a notification, read a reply's result or error, merge a {@code NotifyStatus} change into the
 * last full status and map it): only {@link MalformedReplyException} may come out, never another exception.
 */
class RpcFramesFuzzTest {

    private static final DeviceAddress ADDRESS = DeviceAddress.parse("127.0.0.1:8080");
    private static final JsonNode LAST_STATUS = JsonTrees.fixture("aioshelly/shelly-plus-1pm_SNSW-001P16EU/Shelly.GetStatus.json");

    @Property
    void anyFrameTextIsHandledOrRefusedAsMalformed(@ForAll("frames") String text) {
        JsonNode frame = Json.parseOrNull(text);
        if (frame == null || !frame.isObject()) {
            assertThat(catching(() -> RpcFrames.result(ADDRESS, frame))).isInstanceOf(MalformedReplyException.class);
            return;
        }
        if (RpcFrames.id(frame).isPresent()) {
            Throwable refused = catching(() -> RpcFrames.result(ADDRESS, frame));
            assertThat(refused == null || refused instanceof MalformedReplyException).as(String.valueOf(refused)).isTrue();
        } else if (RpcFrames.isNotification(frame, "NotifyStatus")) {
            JsonNode merged = StatusMerger.merge(LAST_STATUS, frame.path("params"));
            ReplyParsersFuzzTest.parsesOrRejects(() -> RpcStatusMapper.map(merged));
        } else if (RpcFrames.isNotification(frame, "NotifyFullStatus")) {
            JsonNode merged = StatusMerger.merge(Json.object(), frame.path("params"));
            ReplyParsersFuzzTest.parsesOrRejects(() -> RpcStatusMapper.map(merged));
        }
    }

    @Provide
    Arbitrary<String> frames() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<JsonNode> id = Arbitraries.oneOf(Arbitraries.longs().map(nodes::numberNode), JsonTrees.values(1));
        Arbitrary<String> structured = Combinators.combine(
                Arbitraries.of("id", "no id"), id,
                Arbitraries.of("NotifyStatus", "NotifyFullStatus", "notifystatus", "NotifyEvent", "Shelly.GetStatus", ""),
                JsonTrees.values(3), Arbitraries.of("params", "result", "error", ""))
                .as((hasId, idValue, method, payload, slot) -> {
                    ObjectNode frame = nodes.objectNode();
                    if (hasId.equals("id")) {
                        frame.set("id", idValue);
                    }
                    frame.put("src", "shellyplus1pm-a8032ab12345");
                    frame.put("method", method);
                    if (!slot.isEmpty()) {
                        frame.set(slot, payload);
                    }
                    return Json.write(frame);
                });
        Arbitrary<String> cut = structured.flatMap(text -> Arbitraries.integers().between(0, text.length())
                .map(end -> text.substring(0, end)));
        return Arbitraries.oneOf(structured, cut, Arbitraries.strings().ofMaxLength(200));
    }

    private static Throwable catching(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
