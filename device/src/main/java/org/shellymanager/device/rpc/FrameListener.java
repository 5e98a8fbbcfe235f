package org.shellymanager.device.rpc;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import org.shellymanager.device.DeviceUnreachableException;
import org.shellymanager.device.ReplyTooLargeException;

/**
 * Joins WebSocket text parts into frames, enforcing the reply cap in UTF-8 bytes (as the HTTP body cap counts), and
 * reports the socket closing.
 */
final class FrameListener implements WebSocket.Listener {

    private final RpcWebSocket owner;
    private final StringBuilder text = new StringBuilder();
    private long frameBytes;

    FrameListener(RpcWebSocket owner) {
        this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        frameBytes += utf8Length(data);
        if (frameBytes > owner.maxFrameBytes()) {
            text.setLength(0);
            frameBytes = 0;
            webSocket.abort();
            owner.onFailure(webSocket, new ReplyTooLargeException(owner.deviceAddress(),
                    "WebSocket frame larger than " + owner.maxFrameBytes() + " bytes"), "frame too large");
            return null;
        }
        if (last) {
            String frame = text.toString();
            text.setLength(0);
            frameBytes = 0;
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

    /** UTF-8 length of a part; a surrogate pair counts 4 bytes across its two halves, even split between parts. */
    static long utf8Length(CharSequence data) {
        long bytes = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
