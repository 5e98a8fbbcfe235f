package org.shellymanager.device.crosscheck;

import java.util.ArrayList;
import java.util.List;
import org.shellymanager.simulator.model.ModelCatalog;
import org.shellymanager.simulator.model.ModelSpec;

/**
 * One simulated device of the cross-check: a model in one of its profiles, with one way of logging in. Every
 * built-in model appears in every profile, open and with its generation's login (Gen2+ in both nonce regimes).
 */
record SimulatedCase(String model, int gen, String profile, Login login) {

    static final String PASSWORD = "cross-check-secret";

    /** How the device is protected. */
    enum Login {
        OPEN(null),
        BASIC(null),
        DIGEST_TIMESTAMP_NONCES("1.4.2"),
        DIGEST_TRACKED_NONCES("2.0.0");

        private final String firmware;

        Login(String firmware) {
            this.firmware = firmware;
        }

        /** The firmware version that selects the nonce regime, or null for the model's own. */
        String firmware() {
            return firmware;
        }
    }

    static List<SimulatedCase> all() {
        List<SimulatedCase> cases = new ArrayList<>();
        for (ModelSpec model : ModelCatalog.builtIn().all()) {
            List<Login> logins = model.gen() == 1 ? List.of(Login.OPEN, Login.BASIC)
                    : List.of(Login.OPEN, Login.DIGEST_TIMESTAMP_NONCES, Login.DIGEST_TRACKED_NONCES);
            for (String profile : model.profileNames()) {
                logins.forEach(login -> cases.add(new SimulatedCase(model.model(), model.gen(), profile, login)));
            }
        }
        return cases;
    }

    static List<SimulatedCase> rpc() {
        return all().stream().filter(c -> c.gen() > 1).toList();
    }

    String password() {
        return login == Login.OPEN ? null : PASSWORD;
    }

    @Override
    public String toString() {
        return model + " " + profile + " " + login.name().toLowerCase(java.util.Locale.ROOT);
    }
}
