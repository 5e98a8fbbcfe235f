package org.shellymanager.manager.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads what {@link SectionOutput} wrote, from a large buffer; an end in the middle of a value is an {@link EOFException}. */
final class SectionInput {

    /** No single value of an archive comes near this; a larger length is damage, not data to allocate for. */
    private static final int LONGEST = 1 << 28;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    SectionInput(InputStream in) {
        this.in = in;
    }

    /** The next byte, or -1 at the end of the stream. */
    int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    int readByte() throws IOException {
        int value = next();
        if (value < 0) {
            throw new EOFException("the section ends in the middle of a row");
        }
        return value;
    }

    long readVarLong() throws IOException {
        long raw = readUnsigned();
        return (raw >>> 1) ^ -(raw & 1);
    }

    double readDouble() throws IOException {
        if (limit - position >= Long.BYTES) {
            double value = (double) SectionOutput.DOUBLE.get(buffer, position);
            position += Long.BYTES;
            return value;
        }
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = (bits << 8) | readByte();
        }
        return Double.longBitsToDouble(bits);
    }

    byte[] readBytes() throws IOException {
        return readBytes(length());
    }

    String readString() throws IOException {
        int length = length();
        if (length <= limit - position) {
            String value = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
        return new String(readBytes(length), StandardCharsets.UTF_8);
    }

    private byte[] readBytes(int length) throws IOException {
        byte[] value = new byte[length];
        int done = Math.min(length, limit - position);
        System.arraycopy(buffer, position, value, 0, done);
        position += done;
        while (done < length) {
            int n = in.read(value, done, length - done);
            if (n < 0) {
                throw new EOFException("the section ends in the middle of a value");
            }
            done += n;
        }
        return value;
    }

    private int length() throws IOException {
        long length = readUnsigned();
        if (length > LONGEST) {
            throw new IOException("a value claims " + length + " bytes");
        }
        return (int) length;
    }

    private long readUnsigned() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a number runs past 64 bits");
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
