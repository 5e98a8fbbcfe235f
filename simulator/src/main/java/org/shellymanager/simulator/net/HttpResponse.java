package org.shellymanager.simulator.net;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One HTTP response. Devices close the connection after every answer, so the head always says so. */
public record HttpResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    public HttpResponse {
        headers = List.copyOf(headers);
    }

    public static HttpResponse json(int status, String json) {
        return new HttpResponse(status, List.of(Map.entry("Content-Type", "application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse text(int status, String text) {
        return new HttpResponse(status, List.of(Map.entry("Content-Type", "text/plain")),
                text.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse empty(int status) {
        return new HttpResponse(status, List.of(), new byte[0]);
    }

    public HttpResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new HttpResponse(status, more, body);
    }

    public HttpResponse withBody(byte[] replacement) {
        return new HttpResponse(status, headers, replacement);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Status line and headers, including {@code Content-Length} of the body this response carries. */
    public byte[] head(String serverName) {
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n")
                .append("Server: ").append(serverName).append("\r\n");
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
