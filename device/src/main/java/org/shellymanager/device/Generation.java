package org.shellymanager.device;

/** The Shelly device generations. Gen1 speaks REST; Gen2, Gen3 and Gen4 speak JSON-RPC 2.0. */
public enum Generation {
    GEN1(1), GEN2(2), GEN3(3), GEN4(4);

    private static final Generation[] ALL = values();
    private final int number;

    Generation(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean isRpc() {
        return this != GEN1;
    }

    /** The generation for the {@code gen} number a device reports; newer unknown numbers are refused. */
    public static Generation of(int number) {
        for (Generation generation : ALL) {
            if (generation.number == number) {
                return generation;
            }
        }
        throw new IllegalArgumentException("unknown Shelly generation: " + number);
    }
}
