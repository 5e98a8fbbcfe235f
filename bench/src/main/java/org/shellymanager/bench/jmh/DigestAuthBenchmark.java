package org.shellymanager.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.shellymanager.device.Credentials;
import org.shellymanager.device.auth.DigestChallenge;
import org.shellymanager.device.auth.DigestSession;
import org.shellymanager.device.auth.NonceRegime;

/** SHA-256 digest authentication per request: parsing a device's challenge and answering it (HTTP and RPC forms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DigestAuthBenchmark {

    private static final String CHALLENGE = "Digest qop=\"auth\", realm=\"shellyplus1pm-a8032ab12345\", "
            + "nonce=\"1700000000\", algorithm=SHA-256";

    private DigestSession session;

    @Setup
    public void challenge() {
        session = new DigestSession(Credentials.admin("a-device-password"), NonceRegime.COUNTED);
        session.accept(DigestChallenge.parseHeader(CHALLENGE).orElseThrow());
    }

    @Benchmark
    public DigestChallenge parseChallenge() {
        return DigestChallenge.parseHeader(CHALLENGE).orElseThrow();
    }

    @Benchmark
    public String httpAuthorizationHeader() {
        return session.authorizationHeader("GET", "/rpc/Shelly.GetStatus");
    }

    @Benchmark
    public Object rpcAuthObject() {
        return session.rpcAuth();
    }
}
