package org.shellymanager.simulator.net;

import java.io.IOException;

/** What a device does with a request once the transport has read it. */
public interface RequestHandler {

    HttpResponse handle(HttpRequest request);

    /** Whether this request may be upgraded to a WebSocket ({@code GET /rpc} on Gen2+). */
    boolean acceptsWebSocket(HttpRequest request);

    /** Serves an upgraded connection until it closes. */
    void serveWebSocket(WebSocket socket) throws IOException;
}
