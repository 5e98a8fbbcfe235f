package org.shellymanager.manager.platform;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway's defaults ignore applied migrations unknown to the app ({@code *:future}); we never do. */
@Configuration(proxyBeanMethods = false)
class FlywaySettings {

    @Bean
    FlywayConfigurationCustomizer refuseUnknownMigrations() {
        return configuration -> configuration.ignoreMigrationPatterns(new String[0]);
    }
}
