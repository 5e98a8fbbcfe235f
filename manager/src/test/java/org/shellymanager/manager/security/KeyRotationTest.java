package org.shellymanager.manager.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shellymanager.device.Credentials;
import org.shellymanager.manager.inventory.FleetCredentials;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.RunningServer;
import org.shellymanager.simulator.FleetSpec;
import org.shellymanager.simulator.SimulatedFleet;

/** Rotating the secret key re-seals every stored secret, and the old key then opens nothing. */
class KeyRotationTest {

    private static final String DEVICE_PASSWORD = "device-pw-rotate-1";
    private static final String FLEET_PASSWORD = "fleet-pw-rotate-2";

    @Test
    void afterRotationEverySecretOpensAndOnlyTheNewKeyIdIsStored() throws Exception {
        Path dataDir = Files.createTempDirectory("shelly-manager-keys");
        String deviceId;
        String oldKeyId;
        String newKeyId;
        try (SimulatedFleet fleet = SimulatedFleet.start(FleetSpec.builder()
                .add("SNSW-001P16EU", 1, d -> d.password(DEVICE_PASSWORD)).build());
             RunningServer server = RunningServer.start(dataDir)) {
            deviceId = server.post("/api/v1/devices", "{\"address\":\"" + fleet.devices().get(0).address()
                    + "\",\"credentials\":{\"username\":\"admin\",\"password\":\"" + DEVICE_PASSWORD + "\"}}").body().path("id").asString();
            server.put("/api/v1/settings/default-credentials", "{\"username\":\"admin\",\"password\":\"" + FLEET_PASSWORD + "\"}");
            assertThat(server.put("/api/v1/config/secrets/wifi", "{\"value\":\"wifi-key-rotate-3\"}").status()).isLessThan(300);
            oldKeyId = server.get("/api/v1/keys").body().path("keyId").asString();
            assertThat(server.bean(StoredSecrets.class).sealedValues()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(value -> assertThat(SecretCipher.keyIdOf(value)).isEqualTo(oldKeyId));

            RunningServer.Reply rotated = server.post("/api/v1/keys/rotate", "{}");

            assertThat(rotated.status()).isEqualTo(200);
            newKeyId = rotated.body().path("keyId").asString();
            assertThat(newKeyId).isNotEqualTo(oldKeyId).isEqualTo(server.get("/api/v1/keys").body().path("keyId").asString());
            assertThat(rotated.body().path("resealed").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(server.bean(StoredSecrets.class).sealedValues())
                    .allSatisfy(value -> assertThat(SecretCipher.keyIdOf(value)).isEqualTo(newKeyId));
            assertThat(server.bean(InventoryService.class).credentials(deviceId)).contains(new Credentials("admin", DEVICE_PASSWORD));
            assertThat(server.get("/api/v1/audit?action=rotate").body().path("total").asInt()).isEqualTo(1);
        }
        List<String> keyLines = Files.readAllLines(dataDir.resolve("secret.key")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(keyLines).as("the key file holds only the new key").hasSize(1);
        try (RunningServer restarted = RunningServer.start(dataDir)) {
            assertThat(restarted.get("/api/v1/keys").body().path("keyId").asString()).isEqualTo(newKeyId);
            assertThat(restarted.bean(FleetCredentials.class).find()).contains(new Credentials("admin", FLEET_PASSWORD));
            assertThat(restarted.bean(InventoryService.class).credentials(deviceId)).contains(new Credentials("admin", DEVICE_PASSWORD));
        }
    }

    @Test
    void aKeyFromTheEnvironmentCannotBeRotatedByTheServer() {
        String key = Base64.getEncoder().encodeToString(new byte[SecretCipher.KEY_BYTES]);
        try (RunningServer server = RunningServer.start("--shelly-manager.secret-key=" + key)) {
            RunningServer.Reply refused = server.post("/api/v1/keys/rotate", "{}");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("key.rotation-unavailable");
            assertThat(server.get("/api/v1/keys").body().path("source").asString()).isEqualTo("environment");
        }
    }

    @Test
    void theCipherOpensOlderKeysOnlyUntilItForgetsThem() {
        byte[] first = new byte[SecretCipher.KEY_BYTES];
        byte[] second = new byte[SecretCipher.KEY_BYTES];
        second[0] = 1;
        SecretCipher cipher = new SecretCipher(first);
        String sealedBefore = cipher.seal("before");

        cipher.rotateTo(second);

        assertThat(cipher.open(sealedBefore)).isEqualTo("before");
        assertThat(SecretCipher.keyIdOf(cipher.seal("after"))).isEqualTo(cipher.keyId()).isNotEqualTo(SecretCipher.keyIdOf(sealedBefore));
        cipher.forgetOlderKeys();
        assertThatThrownBy(() -> cipher.open(sealedBefore)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not hold");
    }

    @Test
    void valuesSealedBeforeKeyIdsStillOpen() throws Exception {
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        byte[] nonce = new byte[12];
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        byte[] sealed = aes.doFinal("legacy".getBytes());
        byte[] all = new byte[12 + sealed.length];
        System.arraycopy(sealed, 0, all, 12, sealed.length);
        String legacy = "v1:" + Base64.getEncoder().encodeToString(all);

        assertThat(SecretCipher.keyIdOf(legacy)).isNull();
        assertThat(new SecretCipher(key).open(legacy)).isEqualTo("legacy");
    }
}
