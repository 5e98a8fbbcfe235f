package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The day block of hourly buckets: exact round trip of every double, a compact size, and a clear refusal, naming the
 * series and the day, of any damaged or foreign bytes.
 */
class HourBlockTest {

    private static final long DAY = 1_767_225_600_000L;

    @Test
    void aFullDayNamesTheHoursItHolds() {
        HourBlock block = HourBlock.empty();
        for (int h = 0; h < HourBlock.HOURS; h++) {
            block = block.with(h, new HourBlock.Bucket(h, h + 1, 120.0 * h, 120));
        }
        byte[] bytes = block.encode();

        assertThat(HourBlock.decode(bytes, 1, DAY)).isEqualTo(block);
        assertThat(HourBlock.empty().with(3, new HourBlock.Bucket(1, 2, 3, 4)).toString())
                .isEqualTo("{3=Bucket[min=1.0, max=2.0, sum=3.0, samples=4]}");
    }

    @Test
    void refusesAnEmptyBlockAndBucketsNoPollCouldMake() {
        assertThatThrownBy(() -> HourBlock.empty().encode()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HourBlock.Bucket(2, 1, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourBlock.Bucket(1, 1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HourBlock.Bucket(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDamagedBlockNamesTheSeriesAndTheDay() {
        byte[] bytes = HourBlock.empty().with(0, new HourBlock.Bucket(1, 2, 3, 4)).encode();
        bytes[6] ^= 1;

        assertThatThrownBy(() -> HourBlock.decode(bytes, 42, DAY)).isInstanceOf(HourBlock.Damaged.class)
                .hasMessageContaining("series 42 on 2026-01-01").hasMessageContaining("checksum");
        assertThatThrownBy(() -> HourBlock.decode(new byte[3], 42, DAY)).isInstanceOf(HourBlock.Damaged.class)
                .hasMessageContaining("3 bytes long");
        assertThatThrownBy(() -> HourBlock.decode(null, 42, DAY)).isInstanceOf(HourBlock.Damaged.class)
                .hasMessageContaining("missing");
    }

    @Property
    void everyBlockComesBackBitForBit(@ForAll("blocks") HourBlock block) {
        byte[] bytes = block.encode();
        HourBlock decoded = HourBlock.decode(bytes, 7, DAY);

        assertThat(decoded).isEqualTo(block);
        assertThat(decoded.encode()).isEqualTo(bytes);
    }

    @Property
    void anyChangedByteIsRefusedAsDamage(@ForAll("blocks") HourBlock block, @ForAll @IntRange(min = 0, max = 10_000) int at,
                                         @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] bytes = block.encode();
        bytes[at % bytes.length] ^= (byte) flip;

        assertThatThrownBy(() -> HourBlock.decode(bytes, 7, DAY)).isInstanceOf(HourBlock.Damaged.class)
                .hasMessageContaining("series 7 on 2026-01-01");
    }

    @Property
    void cutOrLengthenedBlocksAreRefusedAsDamage(@ForAll("blocks") HourBlock block, @ForAll @IntRange(min = -40, max = 40) int change) {
        byte[] bytes = block.encode();
        byte[] changed = Arrays.copyOf(bytes, Math.max(0, bytes.length + (change == 0 ? 1 : change)));

        assertThatThrownBy(() -> HourBlock.decode(changed, 7, DAY)).isInstanceOf(HourBlock.Damaged.class);
    }

    @Provide
    Arbitrary<HourBlock> blocks() {
        Arbitrary<Double> decimals = Combinators.combine(Arbitraries.longs().between(-(1L << 54), 1L << 54),
                Arbitraries.integers().between(0, 7)).as((units, scale) -> units / Math.pow(10, scale));
        Arbitrary<Double> values = Arbitraries.oneOf(Arbitraries.doubles(), decimals,
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL / 3,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 1e-300, 0x1p53, -0x1p53, 0x1p53 + 2,
                        -0x1p63, 0x1p63, 9.007199254740993E9));
        return Arbitraries.of(values, decimals).flatMap(HourBlockTest::blocksOf);
    }

    /** Blocks of 1 to 24 hours, every value from {@code values}. */
    private static Arbitrary<HourBlock> blocksOf(Arbitrary<Double> values) {
        Arbitrary<HourBlock.Bucket> buckets = Combinators.combine(values, values, values,
                Arbitraries.integers().between(1, Integer.MAX_VALUE)).as((a, b, sum, samples) ->
                new HourBlock.Bucket(Math.min(a, b), Math.max(a, b), sum, samples));
        return Arbitraries.maps(Arbitraries.integers().between(0, HourBlock.HOURS - 1), buckets).ofMinSize(1)
                .ofMaxSize(HourBlock.HOURS).map(hours -> {
                    HourBlock block = HourBlock.empty();
                    for (var hour : hours.entrySet()) {
                        block = block.with(hour.getKey(), hour.getValue());
                    }
                    return block;
                });
    }
}
