package org.shellymanager.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shared listeners serve many devices on one socket per port, and only where no interface but loopback could reach
 * the wildcard address they bind.
 */
class SharedListenersTest {

    private static final int DEVICES = 1_500;

    @Test
    void areRefusedWhereAnInterfaceOtherThanLoopbackExists() throws SocketException {
        assumeTrue(NetworkInterface.networkInterfaces().anyMatch(SharedListenersTest::notLoopback),
                "this machine has only loopback interfaces");
        FleetSpec spec = FleetSpec.builder().host("127.20.0.1").port(28080).sharedListeners(true).add("SHSW-PM", 2).build();

        assertThatThrownBy(() -> SimulatedFleet.start(spec)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("network namespace").hasMessageContaining("unshare -rn");
    }

    @Test
    void serveEveryDeviceAtItsOwnAddressOnAFewFileDescriptorsInANetworkNamespace() throws Exception {
        assumeTrue(run(List.of("unshare", "-rn", "ip", "link", "set", "lo", "up")).exit() == 0,
                "no unprivileged network namespaces (or no ip command) here");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Finished child = run(List.of("unshare", "-rn", "sh", "-c", "ip link set lo up && exec \"$0\" \"$@\"", java, "-cp",
                System.getProperty("java.class.path"), SharedFleetInNamespace.class.getName(), String.valueOf(DEVICES)));
        String output = child.output();

        assertThat(child.exit()).as(output).isZero();
        assertThat(output).contains("answered=" + DEVICES, "mismatched=0", "refusedAnswered=false", "backAnswered=true");
        long fds = Long.parseLong(output.replaceAll("(?s).*fds=(\\d+).*", "$1"));
        assertThat(fds).as("open files with %d devices", DEVICES).isLessThan(DEVICES / 5);
    }

    private record Finished(int exit, String output) { }

    private static Finished run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Finished(process.waitFor(), output);
    }

    private static boolean notLoopback(NetworkInterface nic) {
        try {
            return !nic.isLoopback();
        } catch (SocketException e) {
            return true;
        }
    }
}
