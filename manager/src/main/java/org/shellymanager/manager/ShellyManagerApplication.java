package org.shellymanager.manager;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Shelly Manager server. The jar's entry point is the CLI, whose {@code serve} command calls {@link #run}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ShellyManagerApplication {

    /** Starts the server with Spring Boot arguments such as {@code --server.port=8080}. */
    public static ConfigurableApplicationContext run(String... springArgs) {
        return SpringApplication.run(ShellyManagerApplication.class, springArgs);
    }
}
