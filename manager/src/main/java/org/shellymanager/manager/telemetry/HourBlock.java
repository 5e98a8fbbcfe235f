package org.shellymanager.manager.telemetry;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * One series' hourly buckets of one UTC day, as stored in a row of {@code telemetry_hour_days}. Encoded (version 2):
 * the version byte; a bitmap of the hours held (3 bytes, bit {@code h} for the hour starting at {@code h}:00); the
 * minimums of the hours held, then their maximums, then their sums, each as a column of {@link HourColumns} (exact
 * decimals as varints, other values as 8-byte doubles, so values come back bit for bit); every hour's sample count as
 * an unsigned LEB128 varint; and a CRC-32C of all that. Version 1, still read, wrote every column as 8-byte doubles.
 * Decoding accepts exactly what encoding writes and nothing else, so a damaged block is an error, never a wrong chart.
 */
public final class HourBlock {

    public static final int HOURS = 24;
    public static final long HOUR_MILLIS = 3_600_000L;
    public static final long DAY_MILLIS = HOURS * HOUR_MILLIS;
    private static final byte VERSION = 2;
    private static final byte DOUBLES_VERSION = 1;
    private static final int HEADER = 4;
    private static final int CHECKSUM = 4;

    private final Bucket[] hours;

    private HourBlock(Bucket[] hours) {
        this.hours = hours;
    }

    /** An hour's aggregate: minimum, maximum and sum of its samples, and how many there were. */
    public record Bucket(double min, double max, double sum, int samples) {

        public Bucket {
            if (samples < 1 || Double.isNaN(min) || Double.isNaN(max) || Double.isNaN(sum) || min > max) {
                throw new IllegalArgumentException("not an hourly bucket: min " + min + ", max " + max + ", sum " + sum
                        + ", samples " + samples);
            }
        }
    }

    /** A block that holds no hour yet. */
    public static HourBlock empty() {
        return new HourBlock(new Bucket[HOURS]);
    }

    /** The UTC day that holds {@code millis}, as the epoch milliseconds of its start. */
    public static long dayOf(long millis) {
        return Math.floorDiv(millis, DAY_MILLIS) * DAY_MILLIS;
    }

    /** This block with {@code bucket} as the hour {@code hour} (0-23), whatever it held there before. */
    public HourBlock with(int hour, Bucket bucket) {
        Bucket[] copy = hours.clone();
        copy[hour] = bucket;
        return new HourBlock(copy);
    }

    /** The hour {@code hour} (0-23), or null when the block does not hold it. */
    public Bucket hour(int hour) {
        return hours[hour];
    }

    public byte[] encode() {
        int bitmap = 0;
        int held = 0;
        for (int h = 0; h < HOURS; h++) {
            if (hours[h] != null) {
                bitmap |= 1 << h;
                held++;
            }
        }
        if (held == 0) {
            throw new IllegalStateException("an empty block is not stored");
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + 3 * HourColumns.maxBytes(held) + held * 5 + CHECKSUM);
        out.put(VERSION).put((byte) bitmap).put((byte) (bitmap >>> 8)).put((byte) (bitmap >>> 16));
        for (int column = 0; column < 3; column++) {
            HourColumns.write(out, column(column, held));
        }
        for (Bucket b : hours) {
            if (b != null) {
                HourColumns.writeVarint(out, b.samples());
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return Arrays.copyOf(out.array(), out.position());
    }

    /** Decodes a stored block of series {@code seriesId} and the day starting at {@code day}, strictly. */
    public static HourBlock decode(byte[] bytes, int seriesId, long day) {
        if (bytes == null || bytes.length < HEADER + CHECKSUM) {
            throw new Damaged(seriesId, day, "it is " + (bytes == null ? "missing" : bytes.length + " bytes long"));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - CHECKSUM);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - CHECKSUM);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - CHECKSUM, CHECKSUM).getInt()) {
            throw new Damaged(seriesId, day, "its checksum does not match");
        }
        byte version = in.get();
        if (version != VERSION && version != DOUBLES_VERSION) {
            throw new Damaged(seriesId, day, "its version " + version + " is unknown");
        }
        int bitmap = (in.get() & 0xff) | (in.get() & 0xff) << 8 | (in.get() & 0xff) << 16;
        int held = Integer.bitCount(bitmap);
        int leastBytes = version == VERSION ? 3 + held * 4 : held * (3 * Double.BYTES + 1);
        if (held == 0 || in.remaining() < leastBytes) {
            throw new Damaged(seriesId, day, "it holds " + held + " hours in " + bytes.length + " bytes");
        }
        double[][] columns = new double[3][];
        for (int c = 0; c < 3; c++) {
            columns[c] = version == VERSION ? HourColumns.read(in, held, seriesId, day) : doubles(in, held);
        }
        Bucket[] hours = new Bucket[HOURS];
        for (int h = 0, i = 0; h < HOURS; h++) {
            if ((bitmap & 1 << h) != 0) {
                try {
                    hours[h] = new Bucket(columns[0][i], columns[1][i], columns[2][i], samples(in, seriesId, day));
                } catch (IllegalArgumentException e) {
                    throw new Damaged(seriesId, day, "hour " + h + " is " + e.getMessage());
                }
                i++;
            }
        }
        if (in.hasRemaining()) {
            throw new Damaged(seriesId, day, in.remaining() + " bytes follow its last hour");
        }
        HourBlock block = new HourBlock(hours);
        if (version == VERSION && !Arrays.equals(block.encode(), bytes)) {
            throw new Damaged(seriesId, day, "it is not encoded as version " + VERSION + " encodes its hours");
        }
        return block;
    }

    /** The minimums (0), maximums (1) or sums (2) of the hours held. */
    private double[] column(int column, int held) {
        double[] values = new double[held];
        int i = 0;
        for (Bucket b : hours) {
            if (b != null) {
                values[i++] = column == 0 ? b.min() : column == 1 ? b.max() : b.sum();
            }
        }
        return values;
    }

    private static double[] doubles(ByteBuffer in, int held) {
        double[] column = new double[held];
        for (int i = 0; i < held; i++) {
            column[i] = in.getDouble();
        }
        return column;
    }

    /** A sample count: a varint of at most 5 bytes without trailing zero groups, from 1 to {@code Integer.MAX_VALUE}. */
    private static int samples(ByteBuffer in, int seriesId, long day) {
        long value = HourColumns.readVarint(in, 5, seriesId, day);
        if (value > Integer.MAX_VALUE) {
            throw new Damaged(seriesId, day, "a sample count is not well formed");
        }
        return (int) value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HourBlock block && Arrays.equals(hours, block.hours);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hours);
    }

    /** The hours held, as {@code {3=Bucket[...], 23=Bucket[...]}}. */
    @Override
    public String toString() {
        return IntStream.range(0, HOURS).filter(h -> hours[h] != null).mapToObj(h -> h + "=" + hours[h])
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A stored block that cannot be decoded: names the series and the day, and why. */
    public static final class Damaged extends RuntimeException {

        Damaged(int seriesId, long day, String why) {
            super("The hourly history of series " + seriesId + " on " + LocalDate.ofEpochDay(Math.floorDiv(day, DAY_MILLIS))
                    + " is damaged (" + why + "); delete that row of telemetry_hour_days or restore a backup.");
        }
    }
}
