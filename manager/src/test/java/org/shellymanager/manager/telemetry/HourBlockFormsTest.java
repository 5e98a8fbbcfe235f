package org.shellymanager.manager.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.function.IntFunction;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;

/**
 * The column forms of a version 2 block (exact decimals at the smallest scale, raw doubles otherwise), the size of a
 * full day of typical readings, and the version 1 blocks that databases and archives already hold.
 */
class HourBlockFormsTest {

    private static final long DAY = 1_767_225_600_000L;
    private static final int MINS = 4;

    @Test
    void integersTakeScaleZeroAndAFewBytesAnHour() {
        byte[] bytes = fullDay(h -> new HourBlock.Bucket(h, h + 1, 120.0 * h, 120)).encode();

        assertThat(bytes[0]).isEqualTo((byte) 2);
        assertThat(bytes[MINS]).isEqualTo((byte) 0);
        // header, three form bytes; minimums and maximums: a first value and 23 differences of 1 (a byte each);
        // sums: a first 0 and 23 differences of 120 (two bytes each); the sample counts; the checksum
        assertThat(bytes).hasSize(4 + 3 + 24 + 24 + 1 + 23 * 2 + 24 + 4);
    }

    @Test
    void typicalPowerReadingsOfOneOrTwoDecimalsTakeAboutADayOf200Bytes() {
        HourBlock oneDecimal = fullDay(h -> new HourBlock.Bucket((1_805 + h * 73 % 500) / 10.0, (2_601 + h * 117 % 900) / 10.0,
                (2_305 + h * 37 % 400) * 120 / 10.0, 120));
        HourBlock twoDecimals = fullDay(h -> new HourBlock.Bucket((18_055 + h * 731 % 5_000) / 100.0,
                (26_013 + h * 1_173 % 9_000) / 100.0, (2_305_17 + h * 3_701 % 40_000) * 120 / 100.0, 120));

        assertThat(oneDecimal.encode()).hasSizeBetween(150, 250);
        assertThat(oneDecimal.encode()[MINS]).isEqualTo((byte) 1);
        assertThat(twoDecimals.encode()).hasSizeBetween(150, 250);
        assertThat(twoDecimals.encode()[MINS]).isEqualTo((byte) 2);
        assertThat(HourBlock.decode(twoDecimals.encode(), 1, DAY)).isEqualTo(twoDecimals);
    }

    @Test
    void threeDecimalsTakeScaleThree() {
        HourBlock block = HourBlock.empty().with(5, new HourBlock.Bucket(0.125, 1.5, 3, 2));
        byte[] bytes = block.encode();

        assertThat(bytes[MINS]).isEqualTo((byte) 3);
        assertThat(bytes[MINS + 3]).isEqualTo((byte) 1);
        assertThat(bytes[MINS + 5]).isEqualTo((byte) 0);
        assertThat(HourBlock.decode(bytes, 1, DAY)).isEqualTo(block);
    }

    @Test
    void valuesNoDecimalHoldsExactlyAreStoredAsRawDoubles() {
        for (double odd : new double[] {-0.0, 0.1 + 0.2, 1.0 / 3, Double.MIN_VALUE, Double.POSITIVE_INFINITY, 0x1p60}) {
            HourBlock block = HourBlock.empty().with(0, new HourBlock.Bucket(Math.min(odd, 0), 7, 7, 1))
                    .with(1, new HourBlock.Bucket(odd, odd, odd, 1));
            byte[] bytes = block.encode();

            assertThat(bytes[MINS]).as("%s", odd).isEqualTo((byte) 0xff);
            assertThat(HourBlock.decode(bytes, 1, DAY)).isEqualTo(block);
        }
    }

    @Test
    void aBlockWrittenAsNotTheEncoderWritesItIsRefused() {
        HourBlock block = HourBlock.empty().with(0, new HourBlock.Bucket(1, 2, 3, 4));
        byte[] raw = block.encode();
        raw[MINS] = (byte) 0xff;
        byte[] bytes = new byte[4 + 3 * 9 + 1 + 4];
        System.arraycopy(raw, 0, bytes, 0, MINS);
        ByteBuffer.wrap(bytes, MINS, 27).put((byte) 0xff).putDouble(1).put((byte) 0xff).putDouble(2)
                .put((byte) 0xff).putDouble(3);
        bytes[bytes.length - 5] = 4;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());

        assertThatThrownBy(() -> HourBlock.decode(bytes, 42, DAY)).isInstanceOf(HourBlock.Damaged.class)
                .hasMessageContaining("series 42 on 2026-01-01").hasMessageContaining("not encoded as version 2");
    }

    @Test
    void aVersionOneBlockStillDecodes() {
        byte[] versionOne = HexFormat.of().parseHex("0181008080000000000000003fb999999999999a000000000000000140"
                + "6cd000000000007e37e43c8800759c402800000000000040db0310000000007ff000000000000040968000000000"
                + "0078ac02013d518dda");

        assertThat(HourBlock.decode(versionOne, 1, DAY)).isEqualTo(HourBlock.empty()
                .with(0, new HourBlock.Bucket(-0.0, 230.5, 27_660.25, 120))
                .with(7, new HourBlock.Bucket(0.1, 1e300, Double.POSITIVE_INFINITY, 300))
                .with(23, new HourBlock.Bucket(Double.MIN_VALUE, 12.0, 1440.0, 1)));
        versionOne[10] ^= 4;
        assertThatThrownBy(() -> HourBlock.decode(versionOne, 1, DAY)).isInstanceOf(HourBlock.Damaged.class);
    }

    private static HourBlock fullDay(IntFunction<HourBlock.Bucket> hour) {
        HourBlock block = HourBlock.empty();
        for (int h = 0; h < HourBlock.HOURS; h++) {
            block = block.with(h, hour.apply(h));
        }
        return block;
    }
}
