package org.shellymanager.manager.telemetry;

import java.nio.ByteBuffer;

/**
 * The parts of a stored {@link HourBlock}: a column of doubles (the minimums, maximums or sums of the hours held) and
 * unsigned LEB128 varints. Version 2 writes a column as one form byte and then its values: form {@code s} (0-6) when
 * every value {@code v} is {@code n / 10^s} for an integer {@code n} within ±2^53 (the smallest such {@code s}), each
 * {@code n} as a zigzag varint of its difference to the previous one (the first to 0); form {@link #RAW} otherwise,
 * each value as an 8-byte double. Reading checks only the structure: the block compares its encoding to the bytes.
 */
final class HourColumns {

    static final int RAW = 0xff;
    private static final int MAX_SCALE = 6;
    private static final long MAX_UNITS = 1L << 53;
    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    /** A zigzag difference of two integers within ±2^53 needs 55 bits, 8 varint bytes. */
    private static final int DIFFERENCE_BYTES = 8;

    private HourColumns() {
    }

    /** The most bytes {@link #write} takes for a column of {@code held} values. */
    static int maxBytes(int held) {
        return 1 + held * Double.BYTES;
    }

    static void write(ByteBuffer out, double[] column) {
        int scale = scale(column);
        out.put((byte) scale);
        long previous = 0;
        for (double v : column) {
            if (scale == RAW) {
                out.putDouble(v);
            } else {
                long units = Math.round(v * POWERS[scale]);
                long difference = units - previous;
                writeVarint(out, difference << 1 ^ difference >> 63);
                previous = units;
            }
        }
    }

    /** Reads a column of {@code held} values written by {@link #write}. */
    static double[] read(ByteBuffer in, int held, int seriesId, long day) {
        if (!in.hasRemaining()) {
            throw new HourBlock.Damaged(seriesId, day, "a column runs past its end");
        }
        int scale = in.get() & 0xff;
        if (scale > MAX_SCALE && scale != RAW) {
            throw new HourBlock.Damaged(seriesId, day, "a column has the unknown form " + scale);
        }
        double[] column = new double[held];
        long units = 0;
        for (int i = 0; i < held; i++) {
            if (scale == RAW) {
                if (in.remaining() < Double.BYTES) {
                    throw new HourBlock.Damaged(seriesId, day, "a column runs past its end");
                }
                column[i] = in.getDouble();
            } else {
                long zigzag = readVarint(in, DIFFERENCE_BYTES, seriesId, day);
                units += zigzag >>> 1 ^ -(zigzag & 1);
                column[i] = units / POWERS[scale];
            }
        }
        return column;
    }

    /** The smallest scale at which every value of {@code column} is exact, or {@link #RAW}. */
    private static int scale(double[] column) {
        for (int scale = 0; scale <= MAX_SCALE; scale++) {
            if (exact(column, POWERS[scale])) {
                return scale;
            }
        }
        return RAW;
    }

    private static boolean exact(double[] column, double power) {
        for (double v : column) {
            long units = Math.round(v * power);
            if (units < -MAX_UNITS || units > MAX_UNITS
                    || Double.doubleToRawLongBits(units / power) != Double.doubleToRawLongBits(v)) {
                return false;
            }
        }
        return true;
    }

    static void writeVarint(ByteBuffer out, long value) {
        for (long v = value; ; v >>>= 7) {
            if ((v & ~0x7fL) == 0) {
                out.put((byte) v);
                return;
            }
            out.put((byte) (v & 0x7f | 0x80));
        }
    }

    /** An unsigned varint of at most {@code maxBytes} bytes (at most 9), without a trailing zero group. */
    static long readVarint(ByteBuffer in, int maxBytes, int seriesId, long day) {
        long value = 0;
        for (int shift = 0; shift < 7 * maxBytes; shift += 7) {
            if (!in.hasRemaining()) {
                throw new HourBlock.Damaged(seriesId, day, "a number runs past its end");
            }
            int b = in.get() & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                if (b == 0 && shift > 0) {
                    throw new HourBlock.Damaged(seriesId, day, "a number is not well formed");
                }
                return value;
            }
        }
        throw new HourBlock.Damaged(seriesId, day, "a number is longer than " + maxBytes + " bytes");
    }
}
