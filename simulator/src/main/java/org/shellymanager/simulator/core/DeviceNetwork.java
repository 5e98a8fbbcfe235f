package org.shellymanager.simulator.core;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.shellymanager.simulator.fault.FaultSet;
import org.shellymanager.simulator.net.Endpoint;
import org.shellymanager.simulator.net.Listeners;
import org.shellymanager.simulator.net.RequestHandler;
import org.shellymanager.simulator.net.SelfSignedCertificate;

/**
 * Where a device answers: its LAN endpoint (plain HTTP and, with a certificate, HTTPS), its access point endpoint,
 * the addresses they were bound to and whether the device has joined a Wi-Fi network.
 */
public final class DeviceNetwork {

    private final String deviceId;
    private final Endpoint lan;
    private final Endpoint ap;
    private final Endpoint https;
    private volatile String host;
    private volatile int port;
    private volatile String apHost;
    private volatile int apPort;
    private volatile int httpsPort;
    private volatile boolean provisioned;

    DeviceNetwork(String deviceId, Listeners listeners, RequestHandler handler, FaultSet faults, BooleanSupplier reachable,
            boolean withHttps, boolean provisioned) {
        this.deviceId = deviceId;
        this.lan = new Endpoint(listeners, handler, faults, reachable);
        this.ap = new Endpoint(listeners, handler, faults, () -> true);
        this.https = withHttps ? new Endpoint(listeners, handler, faults, reachable) : null;
        if (https != null) {
            https.useTls(SelfSignedCertificate.serverContext(deviceId));
        }
        this.provisioned = provisioned;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String apHost() {
        return apHost;
    }

    public int apPort() {
        return apPort;
    }

    public boolean provisioned() {
        return provisioned;
    }

    void provisioned(boolean value) {
        provisioned = value;
    }

    Endpoint lanEndpoint() {
        return lan;
    }

    Endpoint apEndpoint() {
        return ap;
    }

    /** Closes what listens on the LAN: plain HTTP and, with a certificate, HTTPS. */
    void closeLan() {
        lan.close();
        if (https != null) {
            https.close();
        }
    }

    void openHttps() throws IOException {
        if (https != null) {
            httpsPort = https.open(host, httpsPort);
        }
    }

    /** The HTTPS port, or 0 when the device serves no HTTPS. */
    public int httpsPort() {
        return https == null ? 0 : httpsPort;
    }

    /** A new self-signed certificate from the next time HTTPS opens (as after a replacement or a reflash). */
    public void renewCertificate() {
        if (https == null) {
            throw new IllegalStateException(deviceId + " serves no HTTPS");
        }
        https.useTls(SelfSignedCertificate.serverContext(deviceId));
    }

    void boundLan(String boundHost, int boundPort) {
        host = boundHost;
        port = boundPort;
    }

    void boundAp(String boundHost, int boundPort) {
        apHost = boundHost;
        apPort = boundPort;
    }
}
