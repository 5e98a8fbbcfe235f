package org.shellymanager.manager.demo;

import java.time.Duration;

import org.shellymanager.simulator.Fault;
import org.shellymanager.simulator.FleetSpec;

/** The demo fleet: 30 devices of every generation on 127.0.0.1, three with a login, two misbehaving. */
final class DemoFleetSpec {

    private DemoFleetSpec() {
    }

    static FleetSpec spec(String password) {
        return FleetSpec.builder().host("127.0.0.1")
                .add("SHSW-1", 2).add("SHSW-PM", 2).add("SHSW-25", 2).add("SHPLG-S", 1).add("SHDM-2", 1)
                .add("SHEM", 1).add("SHEM-3", 1).add("SHHT-1", 1).add("SHRGBW2", 1).add("SHIX3-1", 1)
                .add("SNSW-001X16EU", 1).add("SNSW-001P16EU", 1).add("SNSW-102P16EU", 1).add("SNPL-00112EU", 2)
                .add("SNSN-0024X", 1).add("SPEM-003CEBEU", 1).add("SPSW-004PE16EU", 1)
                .add("S3SW-001P16EU", 1).add("S3SW-002P16EU", 1).add("S4SW-001X16EU", 1).add("S4PL-00416EU", 1)
                .add("SHSW-PM", 1, device -> device.password(password))
                .add("SNSW-001P16EU", 1, device -> device.password(password))
                .add("S3SW-001P16EU", 1, device -> device.password(password))
                .add("SNPL-00112EU", 1, device -> device.fault(new Fault.Latency(Duration.ofSeconds(20))))
                .add("SHSW-1", 1, device -> device.fault(new Fault.MalformedJson()))
                .build();
    }
}
