package org.shellymanager.device.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.Sha256;

/**
 * Known answers computed outside Java with coreutils, e.g.
 * {@code HA1=$(printf 'admin:shellyplus2pm-485519992590:secret' | sha256sum | cut -d' ' -f1)},
 * {@code HA2=$(printf 'dummy_method:dummy_uri' | sha256sum | cut -d' ' -f1)},
 * {@code printf '%s' "$HA1:1725185413:1:313273957:auth:$HA2" | sha256sum}.
 */
class DigestTest {

    private static final String HA1_PLUS2PM = "b6fe425071f1df8d59732befd22be6f665b7014ab89fef1a2bfdfb2d38a287e8";
    private static final String HA1_PLUS1PM = "d5a3860eb0a61eb912092bfa733592f96c0e469a2717e53789ee58c5a1fa2e5b";

    @Test
    void ha1IsSha256OfAdminRealmAndPassword() {
        assertThat(Digest.ha1("admin", "shellyplus2pm-485519992590", "secret")).isEqualTo(HA1_PLUS2PM);
    }

    @Test
    void rpcFormHashesDummyMethodAndUriWithDecimalNc() {
        assertThat(Sha256.hex("dummy_method:dummy_uri"))
                .isEqualTo("6370ec69915103833b5222b368555393393f098bfbfbb59f47e0590af135f062");
        assertThat(Digest.rpcResponse(HA1_PLUS2PM, "1725185413", 1, "313273957"))
                .isEqualTo("2c5eac6a6200f652a68b00d88c7190291be7282fcbd095677baeb7893652a021");
        assertThat(Digest.rpcResponse(HA1_PLUS2PM, "1725185413", 2, "313273957"))
                .isEqualTo("a4a3f00605848023907abbe74d4795cbe34b81f54a63f4d4d5e765a4da38ffb3");
    }

    @Test
    void httpFormHashesRealMethodAndUriWithEightHexDigitNc() {
        assertThat(Digest.ncHex(1)).isEqualTo("00000001");
        assertThat(Digest.ncHex(10)).isEqualTo("0000000a");
        assertThat(Digest.httpResponse(HA1_PLUS1PM, "63f8afdb", "00000001", "abc123", "POST", "/rpc"))
                .isEqualTo("ec30bb738d5602b870e80e0465878e301d70b574d26b1afe9fefcd7e44b30ace");
    }

    @Test
    void httpFormAcceptsFirmware2Base64NonceWithCountedNc() {
        String nonce = "/8yaagAAAAAQC7GjHbowcX7RVZz9T+oaY01UYl9WrJpyKihjXUnUxCDrYykg+ejL";
        assertThat(Digest.httpResponse(HA1_PLUS1PM, nonce, Digest.ncHex(10), "abc123", "POST", "/rpc"))
                .isEqualTo("cddad2176df51ff31d0e8626f53506c2f81aad856cfe694d9bbaf107c591374b");
    }

    @Test
    void nonceRegimeFollowsFirmwareMajorVersion() {
        assertThat(NonceRegime.forFirmware("1.4.2")).isEqualTo(NonceRegime.TIMESTAMP);
        assertThat(NonceRegime.forFirmware("2.0.0-beta3")).isEqualTo(NonceRegime.COUNTED);
        assertThat(NonceRegime.forFirmware("garbage")).isEqualTo(NonceRegime.TIMESTAMP);
    }
}
