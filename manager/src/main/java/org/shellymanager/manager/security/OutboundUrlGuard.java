package org.shellymanager.manager.security;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks a URL the manager is asked to call on a user's behalf (webhooks, integrations) before it is called:
 * only {@code http} and {@code https}, no credentials in the URL, and never the manager itself — not its own
 * addresses on its listening ports, and not loopback, link-local or wildcard addresses at all unless
 * {@code shelly-manager.security.outbound-allow-loopback} is set. Host names are resolved and every address
 * they resolve to must pass.
 */
@Component
public class OutboundUrlGuard {

    private final Environment environment;
    private final boolean allowLoopback;

    OutboundUrlGuard(Environment environment, SecurityProperties properties) {
        this.environment = environment;
        this.allowLoopback = properties.outboundAllowLoopback();
    }

    /**
     * @return the parsed URL when it may be called
     * @throws ManagerException {@code outbound.url-refused} saying why it may not
     */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(url, "only http and https URLs are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ManagerException(ErrorCode.OUTBOUND_URL_REFUSED, "The manager will not call a URL with credentials"
                    + " in it (user:password@); keep them in the integration's secret settings.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused(url, "the URL names no host");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        InetAddress[] addresses = resolve(url, uri.getHost());
        Set<InetAddress> own = ownAddresses();
        Set<Integer> ownPorts = ownPorts();
        for (InetAddress address : addresses) {
            boolean local = address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress();
            if (local && !allowLoopback) {
                throw refused(url, uri.getHost() + " is a loopback, link-local or wildcard address ("
                        + address.getHostAddress() + ")");
            }
            if ((local || own.contains(address)) && ownPorts.contains(port)) {
                throw refused(url, "it points at the manager itself (" + address.getHostAddress() + ":" + port + ")");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw refused(String.valueOf(url), "the URL is empty");
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(url, "it is not a valid URL (" + e.getReason() + ")");
        }
    }

    private static InetAddress[] resolve(String url, String host) {
        try {
            return InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw refused(url, "the host " + host + " cannot be resolved");
        }
    }

    private Set<Integer> ownPorts() {
        Set<Integer> ports = new HashSet<>();
        for (String property : List.of("local.server.port", "local.management.port", "server.port")) {
            Integer port = environment.getProperty(property, Integer.class);
            if (port != null && port > 0) {
                ports.add(port);
            }
        }
        return ports;
    }

    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> own = new HashSet<>();
        try {
            NetworkInterface.networkInterfaces()
                    .forEach(nic -> nic.inetAddresses().forEach(own::add));
            own.addAll(Arrays.asList(InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())));
        } catch (SocketException | UnknownHostException e) {
            // the interface addresses gathered so far still count; loopback is refused separately
        }
        return own;
    }

    private static ManagerException refused(String url, String why) {
        return new ManagerException(ErrorCode.OUTBOUND_URL_REFUSED, "The manager will not call '" + url + "': " + why + ".");
    }
}
