package org.shellymanager.manager.firmware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import org.shellymanager.device.DeviceAddress;
import org.springframework.stereotype.Component;

/**
 * The URL a device downloads a cached file from: {@code download-base-url} when set, otherwise this host's
 * address on the interface that routes to the device (asked of the kernel; no packet is sent) and the download
 * server's port.
 */
@Component
class DownloadUrls {

    private final FirmwareProperties properties;
    private final FirmwareDownloadServer server;

    DownloadUrls(FirmwareProperties properties, FirmwareDownloadServer server) {
        this.properties = properties;
        this.server = server;
    }

    URI forDevice(FirmwareFile file, DeviceAddress device) {
        if (properties.downloadBaseUrl() != null) {
            String base = properties.downloadBaseUrl().toString().replaceFirst("/+$", "");
            return URI.create(base + file.downloadPath());
        }
        InetAddress local = localAddressToward(device.host(), device.port());
        String host = local instanceof Inet6Address ? "[" + local.getHostAddress().replaceFirst("%.*$", "") + "]"
                : local.getHostAddress();
        return URI.create("http://" + host + ":" + server.port() + file.downloadPath());
    }

    private static InetAddress localAddressToward(String host, int port) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port));
            return socket.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException("no route from this host to " + host
                    + "; set shelly-manager.firmware.download-base-url", e);
        }
    }
}
