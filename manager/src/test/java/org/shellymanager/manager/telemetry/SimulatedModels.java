package org.shellymanager.manager.telemetry;

import java.util.List;

import org.shellymanager.simulator.FleetSpec;

/** Every model the simulator offers, one device each, a few with device login on (both Gen2+ nonce regimes). */
final class SimulatedModels {

    static final List<String> GEN1 = List.of("SHSW-1", "SHSW-PM", "SHSW-25", "SHPLG-S", "SHDM-2", "SHRGBW2", "SHEM",
            "SHEM-3", "SHHT-1", "SHIX3-1");
    static final List<String> RPC = List.of("SNSW-001X16EU", "SNSW-001P16EU", "SNSW-102P16EU", "SNPL-00112EU",
            "SNSN-0024X", "SNSN-0013A", "SPSW-004PE16EU", "SPEM-003CEBEU", "S3SW-001P16EU", "S3SW-002P16EU",
            "S4SW-001X16EU", "S4PL-00416EU");
    static final String GEN1_PASSWORD = "gen1-secret";
    static final String RPC_PASSWORD = "gen2-secret";

    private SimulatedModels() {
    }

    /** Every model in its default profile, then the second profiles (Gen1 roller, Gen2 cover) in that order. */
    static FleetSpec allModels() {
        FleetSpec.Builder fleet = FleetSpec.builder();
        for (String model : GEN1) {
            fleet.add(model, 1, d -> {
                if (model.equals("SHSW-1") || model.equals("SHEM")) {
                    d.user("admin").password(GEN1_PASSWORD);
                }
            });
        }
        for (String model : RPC) {
            fleet.add(model, 1, d -> {
                if (model.equals("SNSW-102P16EU")) {
                    d.password(RPC_PASSWORD);
                } else if (model.equals("SNSN-0013A")) {
                    d.password(RPC_PASSWORD).firmware("2.0.0");
                }
            });
        }
        fleet.add("SHSW-25", 1, d -> d.profile("roller"));
        fleet.add("SNSW-102P16EU", 1, d -> d.profile("cover"));
        return fleet.build();
    }
}
