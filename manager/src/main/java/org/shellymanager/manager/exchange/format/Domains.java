package org.shellymanager.manager.exchange.format;

import java.util.List;

import org.shellymanager.manager.exchange.Hostnames;

/** Checks of a DNS domain given as an export option. */
final class Domains {

    private Domains() {
    }

    static List<String> problems(String domain) {
        if (domain == null) {
            return List.of();
        }
        for (String label : domain.split("\\.", -1)) {
            if (!Hostnames.isValid(label)) {
                return List.of("option domain must be a DNS name of lowercase labels such as home.arpa, was '" + domain + "'");
            }
        }
        return List.of();
    }
}
