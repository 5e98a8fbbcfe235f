package org.shellymanager.manager.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a binary section (format version 4), buffered in large blocks: single bytes, variable-length
 * integers, raw doubles and length-prefixed byte strings, as {@link SectionInput} reads them back. A failure to write
 * is unchecked, like Jackson's, so row callbacks stay plain.
 */
final class SectionOutput implements AutoCloseable {

    /** A double's 8 bytes in a byte array, most significant first (IEEE 754 bits as {@code doubleToRawLongBits}). */
    static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    SectionOutput(OutputStream out) {
        this.out = out;
    }

    void writeByte(int value) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) value;
    }

    /** A signed integer, zigzag-encoded in 7-bit groups: small values of either sign take one byte. */
    void writeVarLong(long value) {
        writeUnsigned((value << 1) ^ (value >> 63));
    }

    void writeDouble(double value) {
        if (buffer.length - used < Long.BYTES) {
            flush();
        }
        DOUBLE.set(buffer, used, value);
        used += Long.BYTES;
    }

    /** The length, then the bytes. */
    void writeBytes(byte[] value) {
        writeUnsigned(value.length);
        if (value.length > buffer.length - used) {
            flush();
            if (value.length > buffer.length) {
                write(value, value.length);
                return;
            }
        }
        System.arraycopy(value, 0, buffer, used, value.length);
        used += value.length;
    }

    void writeString(String value) {
        writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    private void writeUnsigned(long value) {
        while ((value & ~0x7FL) != 0) {
            writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        writeByte((int) value);
    }

    private void flush() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
