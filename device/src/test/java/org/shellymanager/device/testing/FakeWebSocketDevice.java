package org.shellymanager.device.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.shellymanager.device.DeviceAddress;
import org.shellymanager.device.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal RFC 6455 server on loopback that answers JSON-RPC frames on {@code /rpc}, checks JSON digest auth
 * with the firmware 2.0 rules when given, and can push notifications or drop every connection.
 */
public final class FakeWebSocketDevice implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final Function<JsonNode, JsonNode> rpc;
    private final DigestRules digest;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final List<String> methods = new CopyOnWriteArrayList<>();

    /** {@code rpc} maps a request frame to a reply body ({@code result} or {@code error}); {@code digest} may be null. */
    public FakeWebSocketDevice(Function<JsonNode, JsonNode> rpc, DigestRules digest) throws IOException {
        this.rpc = rpc;
        this.digest = digest;
        this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fake-ws-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public DeviceAddress address() {
        return new DeviceAddress("127.0.0.1", server.getLocalPort());
    }

    public int handshakes() {
        return handshakes.get();
    }

    public List<String> methods() {
        return List.copyOf(methods);
    }

    /** Sends a text frame to every open connection. */
    public void push(String text) {
        for (Socket socket : open) {
            try {
                writeFrame(socket.getOutputStream(), text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                open.remove(socket);
            }
        }
    }

    /** Cuts every connection without a close frame, as a rebooting device does. */
    public void dropConnections() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread thread = new Thread(() -> serve(socket), "fake-ws-conn");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String key = handshake(in);
            OutputStream out = socket.getOutputStream();
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            handshakes.incrementAndGet();
            open.add(socket);
            DataInputStream data = new DataInputStream(in);
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int b0 = data.readUnsignedByte();
                int b1 = data.readUnsignedByte();
                int opcode = b0 & 0x0F;
                long length = b1 & 0x7F;
                if (length == 126) {
                    length = data.readUnsignedShort();
                } else if (length == 127) {
                    length = data.readLong();
                }
                byte[] mask = new byte[4];
                if ((b1 & 0x80) != 0) {
                    data.readFully(mask);
                }
                byte[] payload = new byte[(int) length];
                data.readFully(payload);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                if (opcode == 8) {
                    return;
                }
                if (opcode == 1 || opcode == 0) {
                    message.writeBytes(payload);
                    if ((b0 & 0x80) != 0) {
                        answer(out, Json.parseOrNull(message.toString(StandardCharsets.UTF_8)));
                        message.reset();
                    }
                }
            }
        } catch (Exception e) {
            open.remove(socket);
        }
    }

    private static String handshake(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed during handshake");
            }
            head.append((char) c);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        throw new IOException("no Sec-WebSocket-Key");
    }

    private void answer(OutputStream out, JsonNode frame) throws IOException {
        methods.add(frame.path("method").asString(""));
        ObjectNode reply;
        if (digest != null && JsonDigestCheck.check(digest, frame.path("auth")) != DigestRules.Verdict.OK) {
            ObjectNode challenge = Json.object();
            challenge.put("auth_type", "digest");
            challenge.put("nonce", digest.newNonce());
            challenge.put("nc", 1);
            challenge.put("realm", digest.realm());
            challenge.put("algorithm", "SHA-256");
            reply = (ObjectNode) RpcReplies.error(401, Json.write(challenge));
        } else {
            reply = (ObjectNode) rpc.apply(frame).deepCopy();
        }
        reply.set("id", frame.get("id"));
        reply.put("src", "shellyplus1pm-aabbccddeeff");
        reply.set("dst", frame.get("src"));
        synchronized (out) {
            writeFrame(out, Json.write(reply).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeFrame(OutputStream out, byte[] payload) throws IOException {
        synchronized (out) {
            out.write(0x81);
            if (payload.length < 126) {
                out.write(payload.length);
            } else if (payload.length < 65536) {
                out.write(126);
                out.write(payload.length >>> 8);
                out.write(payload.length & 0xFF);
            } else {
                out.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) ((long) payload.length >>> shift) & 0xFF);
                }
            }
            out.write(payload);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropConnections();
    }
}
