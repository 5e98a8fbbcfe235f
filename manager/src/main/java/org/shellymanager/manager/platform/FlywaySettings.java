package org.shellymanager.manager.platform;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway's defaults ignore applied migrations unknown to the app ({@code *:future}); we never do. Each feature numbers
 * its migrations in a range of its own (inventory 2-9, telemetry 20-29, configuration 30-39 ...), so a release can
 * bring a migration numbered below one a database already has: such a migration is applied, not refused
 * ({@code outOfOrder}).
 */
@Configuration(proxyBeanMethods = false)
class FlywaySettings {

    @Bean
    FlywayConfigurationCustomizer refuseUnknownMigrations() {
        return configuration -> configuration.ignoreMigrationPatterns(new String[0]).outOfOrder(true);
    }
}
