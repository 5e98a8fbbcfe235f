package org.shellymanager.device.rpc;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.ReplyTooLargeException;

/** Joins WebSocket text parts into frames, enforcing the reply cap, and reports the socket closing. */
final class FrameListener implements WebSocket.Listener {

    private final RpcWebSocket owner;
    private final StringBuilder text = new StringBuilder();

    FrameListener(RpcWebSocket owner) {
        this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (text.length() > owner.maxFrameBytes()) {
            text.setLength(0);
            webSocket.abort();
            owner.onFailure(webSocket, new ReplyTooLargeException(owner.deviceAddress(),
                    "WebSocket frame larger than " + owner.maxFrameBytes() + " bytes"), "frame too large");
            return null;
        }
        if (last) {
            String frame = text.toString();
            text.setLength(0);
            owner.onFrame(frame);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        owner.onFailure(webSocket, new DeviceUnreachableException(owner.deviceAddress(), "WebSocket closed: " + statusCode + " " + reason),
                "closed " + statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        owner.onFailure(webSocket, new DeviceUnreachableException(owner.deviceAddress(), "WebSocket failed: " + error.getMessage(), error),
                error.getClass().getSimpleName());
    }
}
