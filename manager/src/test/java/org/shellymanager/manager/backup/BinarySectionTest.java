package org.shellymanager.manager.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

class BinarySectionTest {

    private final List<String> seen = new ArrayList<>();
    private final ArchiveReader.RowSink sink = new ArchiveReader.RowSink() {
        @Override
        public void table(String name, List<String> columns, boolean clear) {
            seen.add(name + " " + columns + (clear ? " clear" : ""));
        }

        @Override
        public void row(List<Object> values) {
            seen.add(values.stream().map(v -> v instanceof byte[] bytes ? "bytes " + bytes.length + " " + Arrays.hashCode(bytes)
                    : v == null ? "null" : v.getClass().getSimpleName() + " " + v).toList().toString());
        }
    };

    @Test
    void valuesOfEveryKindReadBackAsWritten() throws Exception {
        byte[] large = new byte[200_000];
        Arrays.fill(large, (byte) 7);
        String longText = "Küche ".repeat(20_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SectionOutput out = new SectionOutput(bytes)) {
            header(out, "{\"table\":\"t\",\"columns\":[\"a:integer\",\"b:decimal\"]}");
            out.writeByte(BinarySection.ROW);
            integer(out, Long.MIN_VALUE);
            out.writeByte(BinarySection.DOUBLE);
            out.writeDouble(-0.1);
            out.writeByte(BinarySection.ROW);
            integer(out, 300);
            out.writeByte(BinarySection.DECIMAL);
            out.writeString("12345678901234567890.125");
            header(out, "{\"table\":\"u\",\"columns\":[\"k:text\",\"s:text\",\"p:binary\",\"f:boolean\"],\"clear\":true}");
            out.writeByte(BinarySection.ROW);
            out.writeByte(BinarySection.TEXT);
            out.writeString(longText);
            out.writeByte(BinarySection.SECRET);
            out.writeString("pw");
            out.writeByte(BinarySection.BINARY);
            out.writeBytes(large);
            out.writeByte(BinarySection.NULL);
            out.writeByte(BinarySection.END);
        }

        BinarySection.read(new ByteArrayInputStream(bytes.toByteArray()), "s", sink);

        assertThat(seen).containsExactly("t [a:integer, b:decimal]", "[Long " + Long.MIN_VALUE + ", Double -0.1]",
                "[Long 300, BigDecimal " + new BigDecimal("12345678901234567890.125") + "]",
                "u [k:text, s:text, p:binary, f:boolean] clear",
                "[String " + longText + ", Secret Secret[plain=pw], bytes 200000 " + Arrays.hashCode(large) + ", null]");
    }

    @Test
    void aSectionCutShortOrWithoutItsEndMarkIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SectionOutput out = new SectionOutput(bytes)) {
            header(out, "{\"table\":\"t\",\"columns\":[\"a:text\"]}");
            out.writeByte(BinarySection.ROW);
            out.writeByte(BinarySection.TEXT);
            out.writeString("a value");
        }
        byte[] whole = bytes.toByteArray();

        assertThatThrownBy(() -> BinarySection.read(new ByteArrayInputStream(whole), "s", sink)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> BinarySection.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 3)), "s", sink))
                .isInstanceOf(EOFException.class);
        byte[] unknown = Arrays.copyOf(whole, whole.length);
        unknown[whole.length - 9] = 42;
        assertThatThrownBy(() -> BinarySection.read(new ByteArrayInputStream(unknown), "s", sink))
                .isInstanceOfSatisfying(ManagerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ARCHIVE_CORRUPT));
    }

    private static void header(SectionOutput out, String json) {
        out.writeByte(BinarySection.TABLE);
        out.writeString(json);
    }

    private static void integer(SectionOutput out, long value) {
        out.writeByte(BinarySection.INTEGER);
        out.writeVarLong(value);
    }
}
