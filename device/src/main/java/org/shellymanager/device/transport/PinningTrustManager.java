package org.shellymanager.device.transport;

import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.Sha256;

/**
 * Trust on first use: a device's self-signed certificate is pinned (SHA-256 of the leaf) the first time it is
 * seen, and any other certificate from that address is refused. Host names are not checked, because devices
 * present certificates for their device id, not for the address they are reached at.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    /** The certificate shown differs from the pinned one. */
    static final class PinMismatch extends CertificateException {
        PinMismatch(DeviceAddress address, String pinned, String shown) {
            super("certificate of " + address + " changed: pinned " + pinned + ", shown " + shown);
        }
    }

    private final CertificatePinStore store;

    PinningTrustManager(CertificatePinStore store) {
        this.store = store;
    }

    static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
        return Sha256.hex(certificate.getEncoded());
    }

    private void check(X509Certificate[] chain, String host, int port) throws CertificateException {
        if (chain == null || chain.length == 0 || host == null) {
            throw new CertificateException("no certificate or peer host to pin");
        }
        DeviceAddress address = new DeviceAddress(host, port);
        String shown = fingerprint(chain[0]);
        String pinned = store.findPin(address).orElse(null);
        if (pinned == null) {
            store.savePin(address, shown);
            pinned = store.findPin(address).orElse(shown);
        }
        if (!pinned.equalsIgnoreCase(shown)) {
            throw new PinMismatch(address, pinned, shown);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, engine.getPeerHost(), engine.getPeerPort());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, socket.getInetAddress().getHostAddress(), socket.getPort());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a peer host is needed to check a pinned certificate");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("client certificates are not accepted");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("client certificates are not accepted");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not accepted");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
