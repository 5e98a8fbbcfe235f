package org.shellymanager.simulator.mdns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/**
 * Answers mDNS for one device: a JmDNS responder bound to the device's loopback address under the device's host
 * name, with the device's services registered. Loopback only, like everything the simulator binds.
 */
public final class MdnsAdvertiser implements AutoCloseable {

    private final JmDNS responder;

    private MdnsAdvertiser(JmDNS responder) {
        this.responder = responder;
    }

    /** Starts answering for these services (all of one device: same host and address). */
    public static MdnsAdvertiser start(String address, List<MdnsService> services) {
        try {
            InetAddress bind = InetAddress.getByName(address);
            if (!bind.isLoopbackAddress()) {
                throw new IllegalArgumentException("mDNS is only advertised on loopback addresses: " + address);
            }
            JmDNS responder = JmDNS.create(bind, services.getFirst().host());
            for (MdnsService service : services) {
                responder.registerService(ServiceInfo.create(service.type(), service.instance(), service.port(), 0, 0,
                        service.txt()));
            }
            return new MdnsAdvertiser(responder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot advertise " + services.getFirst().instance(), e);
        }
    }

    @Override
    public void close() {
        try {
            responder.unregisterAllServices();
            responder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
