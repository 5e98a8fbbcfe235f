package org.shellymanager.manager.security;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The secret key that seals stored device and configuration secrets: which one is in use, and rotating it. */
@RestController
@RequestMapping("/api/v1/keys")
@RequiresRole(Role.ADMIN)
class KeyController {

    private final SecretCipher cipher;
    private final KeyRotation rotation;
    private final Environment environment;

    KeyController(SecretCipher cipher, KeyRotation rotation, Environment environment) {
        this.cipher = cipher;
        this.rotation = rotation;
        this.environment = environment;
    }

    /** The current key's id (never the key) and where it comes from: {@code file} or {@code environment}. */
    record KeyView(String keyId, String source) {
    }

    @GetMapping
    KeyView current() {
        return new KeyView(cipher.keyId(), SecretKeyConfiguration.keyFromEnvironment(environment) ? "environment" : "file");
    }

    /** Creates a new key and re-seals every stored secret with it in one transaction. */
    @PostMapping("/rotate")
    KeyRotation.Result rotate() {
        return rotation.rotate();
    }
}
