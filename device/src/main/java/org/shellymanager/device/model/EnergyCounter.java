package org.shellymanager.device.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Energy totals of a meter ({@code emdata}, {@code em1data}), in Wh.
 *
 * @param phaseEnergyWh         per phase ({@code a}, {@code b}, {@code c}); empty for single-phase counters
 * @param phaseReturnedEnergyWh returned energy per phase
 */
public record EnergyCounter(String key, int id, Double energyWh, Double returnedEnergyWh,
                            Map<String, Double> phaseEnergyWh, Map<String, Double> phaseReturnedEnergyWh, JsonNode raw)
        implements Component {

    public EnergyCounter {
        phaseEnergyWh = Map.copyOf(phaseEnergyWh);
        phaseReturnedEnergyWh = Map.copyOf(phaseReturnedEnergyWh);
    }
}
