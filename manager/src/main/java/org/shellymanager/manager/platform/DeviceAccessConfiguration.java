package org.shellymanager.manager.platform;

import org.shellymanager.device.ClientOptions;
import org.shellymanager.device.ShellyDevices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared client through which the features talk to single devices (discovery scans use their own). */
@Configuration(proxyBeanMethods = false)
class DeviceAccessConfiguration {

    @Bean(destroyMethod = "close")
    ShellyDevices shellyDevices() {
        return ShellyDevices.create(ClientOptions.defaults());
    }
}
