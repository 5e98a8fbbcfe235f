package org.shellymanager.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads that go wrong half-way, from a loopback server that writes raw HTTP: the connection drops before the
 * promised length, or the bytes do not match the checksum sent with them. Neither leaves an output file behind, and a
 * file already there keeps its content.
 */
class InterruptedDownloadTest {

    @TempDir
    Path folder;

    private ServerSocket socket;
    private Thread server;

    @AfterEach
    void stop() throws Exception {
        socket.close();
        server.join(5_000);
    }

    /** Answers every connection with the head and as much of the body as given, then closes. */
    private String serve(String head, byte[] body) throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server = Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept(); InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
                    readHead(in);
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    return;
                }
            }
        });
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private CliRun export(String url, Path target) {
        return CliRun.run(Map.of(CliEnvironment.SERVER_VARIABLE, url), null, "export", "json", "-O", target.toString());
    }

    @Test
    void connectionDroppedBeforeTheEndLeavesNoFileAndNoPartialFile() throws IOException {
        String url = serve("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n"
                + "Connection: close\r\n\r\n", "{\"devices\": [".repeat(100).getBytes(StandardCharsets.US_ASCII));
        Path target = folder.resolve("fleet.json");

        CliRun run = export(url, target);

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: the connection to 127.0.0.1:").contains("broke off after 1300 of 100000 bytes")
                .contains("nothing was written to " + target);
        assertThat(target).doesNotExist();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void bytesThatDoNotMatchTheirChecksumLeaveTheOlderFileAsItWas() throws IOException {
        byte[] body = "{\"devices\": []}".getBytes(StandardCharsets.US_ASCII);
        String url = serve("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + "X-Export-Sha256: " + "ab".repeat(32) + "\r\nConnection: close\r\n\r\n", body);
        Path target = Files.writeString(folder.resolve("fleet.json"), "yesterday's export");

        CliRun run = export(url, target);

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("the download arrived damaged").contains("the server sent " + "ab".repeat(32));
        assertThat(target).hasContent("yesterday's export");
        assertThat(filesIn(folder)).containsExactly(target);
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList();
        }
    }
}
