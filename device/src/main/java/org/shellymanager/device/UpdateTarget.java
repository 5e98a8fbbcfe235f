package org.shellymanager.device;

import java.net.URI;

/** Which firmware a device should install. */
public sealed interface UpdateTarget permits UpdateTarget.Stable, UpdateTarget.Beta, UpdateTarget.Url {

    record Stable() implements UpdateTarget {
    }

    record Beta() implements UpdateTarget {
    }

    /** A firmware package the device downloads itself. */
    record Url(URI url) implements UpdateTarget {
        public Url {
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException("firmware URL must be http or https, was " + url);
            }
        }
    }

    static UpdateTarget stable() {
        return new Stable();
    }

    static UpdateTarget beta() {
        return new Beta();
    }

    static UpdateTarget url(URI url) {
        return new Url(url);
    }
}
