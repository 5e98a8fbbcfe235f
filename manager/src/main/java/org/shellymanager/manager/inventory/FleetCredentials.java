package org.shellymanager.manager.inventory;

import java.util.Optional;

import org.shellymanager.device.Credentials;
import org.shellymanager.manager.platform.JdbcSettingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The fleet's default device login, tried on every device that asks for one and has none of its own. */
@Service
public class FleetCredentials {

    private static final Logger log = LoggerFactory.getLogger(FleetCredentials.class);
    private static final String SETTING = "inventory.default-credentials";

    private final JdbcSettingStore settings;
    private final CredentialVault vault;

    FleetCredentials(JdbcSettingStore settings, CredentialVault vault) {
        this.settings = settings;
        this.vault = vault;
    }

    public Optional<Credentials> find() {
        return settings.find(SETTING).map(vault::open);
    }

    public void set(Credentials credentials) {
        settings.put(SETTING, vault.seal(credentials));
        log.info("fleet default credentials set for user {}", credentials.username());
    }

    public void clear() {
        settings.remove(SETTING);
        log.info("fleet default credentials cleared");
    }
}
