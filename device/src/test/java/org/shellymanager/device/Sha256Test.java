package org.shellymanager.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** FIPS 180-2, appendix B.1: the digest of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void textBytesAndPiecesGiveTheStandardDigestInLowerCaseHex() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        MessageDigest digest = Sha256.newDigest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.US_ASCII));
        assertThat(Sha256.hex(digest)).isEqualTo(ABC);
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Sha256.hex("\u00e9")).isEqualTo(Sha256.hex(new byte[] {(byte) 0xC3, (byte) 0xA9}))
                .isNotEqualTo(Sha256.hex(new byte[] {(byte) 0xE9}));
    }
}
