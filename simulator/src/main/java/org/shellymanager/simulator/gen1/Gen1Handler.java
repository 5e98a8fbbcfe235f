package org.shellymanager.simulator.gen1;

import java.io.IOException;
import java.util.Map;
import org.shellymanager.simulator.auth.BasicAuth;
import org.shellymanager.simulator.core.VirtualDevice;
import org.shellymanager.simulator.net.HttpRequest;
import org.shellymanager.simulator.net.HttpResponse;
import org.shellymanager.simulator.net.RequestHandler;
import org.shellymanager.simulator.net.WebSocket;
import tools.jackson.databind.JsonNode;

/** Gen1 REST: {@code /shelly} always open, everything else behind Basic auth when a login is set. */
public final class Gen1Handler implements RequestHandler {

    private final VirtualDevice device;
    private final Gen1Routes routes;

    public Gen1Handler(VirtualDevice device) {
        this.device = device;
        this.routes = new Gen1Routes(device);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String path = request.path().endsWith("/") && request.path().length() > 1
                ? request.path().substring(0, request.path().length() - 1) : request.path();
        if (path.equals("/shelly")) {
            return json(Gen1Json.shelly(device));
        }
        String password = device.gen1Password();
        if (password != null && (device.wrongCredentials()
                || !BasicAuth.accepts(request, device.gen1User(), password))) {
            return HttpResponse.text(401, "401 Unauthorized")
                    .withHeader("WWW-Authenticate", "Basic realm=\"" + device.id() + "\"");
        }
        Map<String, String> params = request.params();
        synchronized (device) {
            JsonNode answer = routes.route(path, params);
            return answer == null ? HttpResponse.text(404, "Not Found") : json(answer);
        }
    }

    @Override
    public boolean acceptsWebSocket(HttpRequest request) {
        return false;
    }

    @Override
    public void serveWebSocket(WebSocket socket) throws IOException {
        socket.close();
    }

    private static HttpResponse json(JsonNode body) {
        return HttpResponse.json(200, body.toString());
    }
}
