package org.shellymanager.simulator.core;

import java.util.Locale;
import org.shellymanager.simulator.DeviceSpec;
import org.shellymanager.simulator.model.ModelSpec;

/**
 * Who a device is, fixed for its life: model, what it was started as, MAC and the device id made from them.
 *
 * @param id Gen1: model prefix and MAC (its last six digits unless the model uses the long form); Gen2+: model
 *           prefix and lower-case MAC
 */
public record DeviceIdentity(ModelSpec model, DeviceSpec spec, String mac, String id) {

    public static DeviceIdentity of(ModelSpec model, DeviceSpec spec, String mac) {
        String id = model.gen() == 1
                ? model.idPrefix() + "-" + (model.longId() ? mac : mac.substring(6))
                : model.idPrefix() + "-" + mac.toLowerCase(Locale.ROOT);
        return new DeviceIdentity(model, spec, mac, id);
    }

    public int gen() {
        return model.gen();
    }

    /** Gen1: the device id; Gen2+: capitalised app prefix and upper-case MAC. */
    public String apSsid() {
        return model.gen() == 1 ? id : model.apPrefix() + "-" + mac;
    }
}
