package org.shellymanager.manager.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shelly-manager}.
 *
 * @param dataDir where the SQLite database, its backups and the secret key live
 * @param demo    start an in-process simulated fleet and discover it (for a first look)
 */
@ConfigurationProperties("shelly-manager")
public record ManagerProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo) {

    public ManagerProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("shelly-manager.data-dir must be set");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }
}
