package org.shellymanager.simulator;

/** Where the devices of a fleet listen. Only loopback addresses (127.0.0.0/8) are ever bound. */
public sealed interface AddressPlan {

    /** Each device on its own address, counting up from {@code firstHost}, all on the same port. */
    record PerHost(String firstHost, int port) implements AddressPlan {
        public PerHost {
            Addresses.requireLoopback(firstHost);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1..65535");
            }
        }
    }

    /** All devices on one address with consecutive ports from {@code firstPort}; 0 lets the system choose each port. */
    record PerPort(String host, int firstPort) implements AddressPlan {
        public PerPort {
            Addresses.requireLoopback(host);
            if (firstPort < 0 || firstPort > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
        }
    }

    /** The address of the n-th device (0-based); port 0 means "system chooses". */
    default Addresses.HostPort address(int index) {
        return switch (this) {
            case PerHost(String firstHost, int port) -> new Addresses.HostPort(Addresses.plus(firstHost, index), port);
            case PerPort(String host, int firstPort) -> new Addresses.HostPort(host, firstPort == 0 ? 0 : firstPort + index);
        };
    }
}
