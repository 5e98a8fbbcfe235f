package org.shellymanager.manager.inventory;

import org.shellymanager.device.Credentials;
import org.shellymanager.manager.security.SecretCipher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Seals device credentials for storage and opens them again, through the one {@link SecretCipher}. */
@Component
class CredentialVault {

    private final SecretCipher cipher;
    private final JsonMapper json;

    CredentialVault(SecretCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    String seal(Credentials credentials) {
        String plain = json.createObjectNode().put("username", credentials.username())
                .put("password", credentials.password()).toString();
        return cipher.seal(plain);
    }

    Credentials open(String sealed) {
        JsonNode node = json.readTree(cipher.open(sealed));
        return new Credentials(node.path("username").asString(), node.path("password").asString());
    }
}
