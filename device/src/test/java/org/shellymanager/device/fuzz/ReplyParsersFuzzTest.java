package org.shellymanager.device.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.shellymanager.device.DeviceException;
import org.shellymanager.device.auth.DigestChallenge;
import org.shellymanager.device.gen1.Gen1StatusMapper;
import org.shellymanager.device.json.Json;
import org.shellymanager.device.model.DeviceStatus;
import org.shellymanager.device.rpc.RpcComponentMapper;
import org.shellymanager.device.rpc.RpcStatusMapper;
import tools.jackson.databind.JsonNode;

/**
 * Bad input at volume for the device reply parsers: generated and mutated Gen1 {@code /status} and Gen2+
 * {@code Shelly.GetStatus} replies, component statuses and digest challenges. A parser may only answer a model or
 * throw one of the library's documented {@link DeviceException} types; anything else (a NullPointerException, a
 * ClassCastException, an endless loop) fails the property. Properties that found a crash the library does not handle
 * yet are disabled with the crash named, until the library is fixed. The budget is jqwik's default (1,000 tries per property,
 * about a second); {@code bench/run.sh} runs them with {@code -Djqwik.tries.default=200000}.
 */
class ReplyParsersFuzzTest {

    private static final List<String> GEN1 = List.of("aioshelly/shelly-plug-s_SHPLG-S/status.json",
            "aioshelly/shelly-air_SHAIR-1/status.json", "aioshelly/shelly-gas_SHGS-1/status.json",
            "aioshelly/shelly-vintage_SHVIN-1/status.json");
    private static final List<String> RPC = List.of("aioshelly/shelly-plus-1pm_SNSW-001P16EU/Shelly.GetStatus.json",
            "aioshelly/shelly-pro-3em_SPEM-003CEBEU/Shelly.GetStatus.json",
            "aioshelly/shelly-pro-4pm_SPSW-004PE16EU/Shelly.GetStatus.json",
            "aioshelly/shelly-2pm-gen3_S3SW-002P16EU/Shelly.GetStatus_cover-profile.json",
            "aioshelly/shelly-wall-display_SAWD-0A1XX10EU1/Shelly.GetStatus.json");

    @Property
    void gen1StatusOfAnyShapeIsAModelOrADocumentedError(@ForAll("gen1Replies") JsonNode reply) {
        parsesOrRejects(() -> Gen1StatusMapper.map(reply));
    }

    @Property
    void rpcStatusOfAnyShapeIsAModelOrADocumentedError(@ForAll("rpcReplies") JsonNode reply) {
        parsesOrRejects(() -> RpcStatusMapper.map(reply));
    }

    @Property
    void anyComponentStatusIsAComponentOrADocumentedError(@ForAll("componentKeys") String key,
                                                          @ForAll("anyValue") JsonNode status) {
        try {
            assertThat(RpcComponentMapper.map(key, status)).isNotNull();
        } catch (DeviceException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void anyTextAsADigestChallengeIsParsedOrRefusedWithoutAnError(@ForAll @StringLength(max = 300) String header,
                                                                  @ForAll("challengeLike") String realistic) {
        Optional<DigestChallenge> any = DigestChallenge.parseHeader(header);
        Optional<DigestChallenge> near = DigestChallenge.parseHeader(realistic);
        any.ifPresent(challenge -> assertThat(challenge.nonce()).isNotNull());
        near.ifPresent(challenge -> assertThat(challenge.nonce()).isNotNull());
    }

    @Property
    void anyJsonAsAnRpcChallengeIsParsedOrRefusedWithoutAnError(@ForAll("anyValue") JsonNode node) {
        DigestChallenge.parseJson(node).ifPresent(challenge -> assertThat(challenge.nonce()).isNotNull());
    }

    @Property
    void anyBytesAreJsonOrNothing(@ForAll byte[] bytes) {
        JsonNode parsed = Json.parseOrNull(bytes);
        assertThat(parsed == null || Json.parseOrNull(Json.write(parsed)) != null).isTrue();
    }

    static void parsesOrRejects(Supplier<DeviceStatus> parse) {
        try {
            assertThat(parse.get()).isNotNull();
        } catch (DeviceException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<JsonNode> gen1Replies() {
        return Arbitraries.oneOf(JsonTrees.mutated(GEN1), JsonTrees.objects(3));
    }

    @Provide
    Arbitrary<JsonNode> rpcReplies() {
        return Arbitraries.oneOf(JsonTrees.mutated(RPC), JsonTrees.objects(3));
    }

    @Provide
    Arbitrary<JsonNode> anyValue() {
        return JsonTrees.values(3);
    }

    @Provide
    Arbitrary<String> componentKeys() {
        return Arbitraries.oneOf(Arbitraries.of(JsonTrees.NAMES),
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("switch", "cover", "light", "input", "em", "em1", "pm1", "temperature")
                        .flatMap(kind -> Arbitraries.strings().ofMaxLength(4).map(id -> kind + ":" + id)));
    }

    @Provide
    Arbitrary<String> challengeLike() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s + "\""),
                Arbitraries.of("\"", "\"\"", "SHA-256", "MD5", "\"shellyplus1-a8032ab12345\"", "1700000000", ""));
        Arbitrary<String> parameter = Combinators.combine(
                Arbitraries.of("realm", "nonce", "qop", "algorithm", "opaque", "stale", "x", ""), value)
                .as((name, v) -> name + "=" + v);
        return Combinators.combine(Arbitraries.of("Digest ", "digest ", "Basic ", "", "Digest"),
                parameter.list().ofMaxSize(6), Arbitraries.of(", ", ",", " ", ",,"))
                .as((scheme, parameters, separator) -> scheme + String.join(separator, parameters));
    }
}
