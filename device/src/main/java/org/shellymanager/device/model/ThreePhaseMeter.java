package org.shellymanager.device.model;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A three-phase meter ({@code em}, Pro 3EM triphase profile). Power in W, apparent power in VA, currents in A. */
public record ThreePhaseMeter(String key, int id, List<PhaseReading> phases, Double totalPowerW,
                              Double totalApparentPowerVa, Double totalCurrentA, Double neutralCurrentA, JsonNode raw)
        implements Component {

    public ThreePhaseMeter {
        phases = List.copyOf(phases);
    }
}
