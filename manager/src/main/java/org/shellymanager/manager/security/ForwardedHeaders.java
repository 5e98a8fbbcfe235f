package org.shellymanager.manager.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only when the request comes
 * from one of {@code shelly-manager.security.trusted-proxies}; from anyone else they are hidden and ignored, so
 * a client cannot pick the address that rate limits, login throttling and the audit log see. The client is the
 * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. Runs before Spring Security
 * ({@code server.forward-headers-strategy} is pinned to {@code none} so nothing else reads these headers).
 */
final class ForwardedHeaders extends OncePerRequestFilter {

    private static final String PREFIX = "x-forwarded-";

    private final List<AddressRange> trusted;

    ForwardedHeaders(List<AddressRange> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Collections.list(request.getHeaderNames()).stream().noneMatch(ForwardedHeaders::forwarded)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(isTrusted(request.getRemoteAddr()) ? new Proxied(request) : new Hidden(request), response);
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    private static boolean forwarded(String header) {
        return header.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    /** The request with the forwarded headers removed. */
    private static class Hidden extends HttpServletRequestWrapper {

        Hidden(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return forwarded(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return forwarded(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !forwarded(name)).toList());
        }
    }

    /** The request as the client sent it to the trusted proxy. */
    private final class Proxied extends Hidden {

        private final String client;
        private final String scheme;
        private final String host;
        private final int port;

        Proxied(HttpServletRequest request) {
            super(request);
            client = client(request);
            String proto = request.getHeader("X-Forwarded-Proto");
            scheme = proto == null ? request.getScheme() : first(proto).toLowerCase(Locale.ROOT);
            String forwardedHost = request.getHeader("X-Forwarded-Host");
            String hostPart = forwardedHost == null ? request.getServerName() : first(forwardedHost);
            int colon = hostPart.lastIndexOf(':');
            boolean hostHasPort = colon > 0 && hostPart.indexOf(']') < colon && hostPart.indexOf(':') == colon;
            host = hostHasPort ? hostPart.substring(0, colon) : hostPart;
            String forwardedPort = request.getHeader("X-Forwarded-Port");
            port = forwardedPort != null ? parsePort(first(forwardedPort), request.getServerPort())
                    : hostHasPort ? parsePort(hostPart.substring(colon + 1), request.getServerPort())
                    : proto != null ? ("https".equals(scheme) ? 443 : 80) : request.getServerPort();
        }

        private String client(HttpServletRequest request) {
            String header = request.getHeader("X-Forwarded-For");
            if (header == null) {
                return request.getRemoteAddr();
            }
            String[] hops = header.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (AddressRange.literal(hop) == null) {
                    return request.getRemoteAddr();
                }
                if (!isTrusted(hop) || i == 0) {
                    return hop;
                }
            }
            return request.getRemoteAddr();
        }

        private static String first(String list) {
            int comma = list.indexOf(',');
            return (comma < 0 ? list : list.substring(0, comma)).strip();
        }

        private static int parsePort(String text, int fallback) {
            try {
                int value = Integer.parseInt(text);
                return value > 0 && value < 65536 ? value : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
            return new StringBuffer(scheme).append("://").append(host).append(defaultPort ? "" : ":" + port)
                    .append(getRequestURI());
        }
    }
}
