package org.shellymanager.manager.telemetry;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * One series' hourly buckets of one UTC day, as stored in a row of {@code telemetry_hour_days}. Encoded (version 1):
 * the version byte; a bitmap of the hours held (3 bytes, bit {@code h} for the hour starting at {@code h}:00); the
 * minimum of every hour held, then every maximum, then every sum (each an 8-byte IEEE double, so values come back
 * bit for bit); every hour's sample count as an unsigned LEB128 varint; and a CRC-32C of all that. Decoding accepts
 * exactly what encoding writes and nothing else, so a damaged block is an error, never a wrong chart.
 */
public final class HourBlock {

    public static final int HOURS = 24;
    public static final long HOUR_MILLIS = 3_600_000L;
    public static final long DAY_MILLIS = HOURS * HOUR_MILLIS;
    private static final byte VERSION = 1;
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
        ByteBuffer out = ByteBuffer.allocate(HEADER + held * (3 * Double.BYTES + 5) + CHECKSUM);
        out.put(VERSION).put((byte) bitmap).put((byte) (bitmap >>> 8)).put((byte) (bitmap >>> 16));
        for (int column = 0; column < 3; column++) {
            for (Bucket b : hours) {
                if (b != null) {
                    out.putDouble(column == 0 ? b.min() : column == 1 ? b.max() : b.sum());
                }
            }
        }
        for (Bucket b : hours) {
            if (b != null) {
                for (int v = b.samples(); ; v >>>= 7) {
                    if (v < 0x80) {
                        out.put((byte) v);
                        break;
                    }
                    out.put((byte) (v & 0x7f | 0x80));
                }
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
        if (in.get() != VERSION) {
            throw new Damaged(seriesId, day, "its version " + bytes[0] + " is unknown");
        }
        int bitmap = (in.get() & 0xff) | (in.get() & 0xff) << 8 | (in.get() & 0xff) << 16;
        int held = Integer.bitCount(bitmap);
        if (held == 0 || in.remaining() < held * (3 * Double.BYTES + 1)) {
            throw new Damaged(seriesId, day, "it holds " + held + " hours in " + bytes.length + " bytes");
        }
        double[][] columns = new double[3][held];
        for (double[] column : columns) {
            for (int i = 0; i < held; i++) {
                column[i] = in.getDouble();
            }
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
        return new HourBlock(hours);
    }

    /** A sample count: a varint of at most 5 bytes without trailing zero groups, from 1 to {@code Integer.MAX_VALUE}. */
    private static int samples(ByteBuffer in, int seriesId, long day) {
        long value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (!in.hasRemaining()) {
                throw new Damaged(seriesId, day, "a sample count runs past its end");
            }
            int b = in.get() & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                if ((b == 0 && shift > 0) || value > Integer.MAX_VALUE) {
                    throw new Damaged(seriesId, day, "a sample count is not well formed");
                }
                return (int) value;
            }
        }
        throw new Damaged(seriesId, day, "a sample count is longer than 5 bytes");
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
