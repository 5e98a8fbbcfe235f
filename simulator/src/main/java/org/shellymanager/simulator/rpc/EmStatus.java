package org.shellymanager.simulator.rpc;

import org.shellymanager.simulator.model.Yaml;
import org.shellymanager.simulator.state.Energy;
import org.shellymanager.simulator.state.MeterChannel;
import org.shellymanager.simulator.state.PhaseMeter;
import tools.jackson.databind.node.ObjectNode;

/** Three-phase {@code em:N} and {@code emdata:N} status (Pro 3EM triphase profile). */
final class EmStatus {

    private static final String[] PHASES = {"a_", "b_", "c_"};

    private EmStatus() {
    }

    static void put(PhaseMeter em, ObjectNode status, long now) {
        ObjectNode node = Yaml.MAPPER.createObjectNode().put("id", em.id());
        ObjectNode data = Yaml.MAPPER.createObjectNode().put("id", em.id());
        double power = 0;
        double apparent = 0;
        double current = 0;
        double energy = 0;
        double returned = 0;
        for (int i = 0; i < 3; i++) {
            MeterChannel phase = em.phases().get(i);
            node.setAll(RpcStatus.phase(phase, PHASES[i], now));
            node.put(PHASES[i] + "freq", phase.frequency());
            power += phase.power(now);
            apparent += phase.apparentPower(now);
            current += phase.current(now);
            double wh = Energy.round3(phase.energy().totalWh(now));
            double ret = Energy.round3(phase.returned().totalWh(now));
            data.put(PHASES[i] + "total_act_energy", wh).put(PHASES[i] + "total_act_ret_energy", ret);
            energy += wh;
            returned += ret;
        }
        node.putNull("n_current");
        node.put("total_current", Energy.round3(current)).put("total_act_power", Energy.round3(power))
                .put("total_aprt_power", Energy.round3(apparent));
        node.putArray("user_calibrated_phase");
        data.put("total_act", Energy.round3(energy)).put("total_act_ret", Energy.round3(returned));
        status.set("em:" + em.id(), node);
        status.set("emdata:" + em.id(), data);
    }
}
