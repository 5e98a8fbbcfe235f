package org.shellymanager.manager.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.shellymanager.device.Sha256;
import tools.jackson.databind.JsonNode;

/**
 * Files to and from the API. A download is streamed to a temporary file next to the target and moved into place only
 * when all of it has arrived and, when the server sent one, its checksum matches: an interrupted download leaves no
 * file behind and an older file of that name untouched. An upload streams a file as {@code application/octet-stream}.
 */
final class FileTransfer {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_PROBLEM_BYTES = 1024 * 1024;

    private final ApiClient api;
    private final ProgressBar progress;

    FileTransfer(ApiClient api, ProgressBar progress) {
        this.api = api;
        this.progress = progress;
    }

    /** What came down: the answer's headers, its size and its SHA-256. */
    record Download(HttpHeaders headers, long bytes, String sha256) {
    }

    HttpRequest get(String path) {
        return api.request(path, "*/*", TIMEOUT).GET().build();
    }

    HttpRequest post(String path, Object jsonBody) {
        return api.request(path, "*/*", TIMEOUT).header("Content-Type", "application/json").POST(api.body(jsonBody)).build();
    }

    /**
     * Streams the answer to {@code target}, replacing a file of that name only once all of it has arrived.
     *
     * @param checksumHeader a response header holding the SHA-256 the bytes must have, or null
     */
    Download toFile(HttpRequest request, Path target, String checksumHeader) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute) || folder == null || !Files.isDirectory(folder)) {
            throw new CliInputException("cannot write " + target + ": " + (Files.isDirectory(absolute)
                    ? "it is a folder" : "the folder " + folder + " does not exist"));
        }
        HttpResponse<InputStream> response = open(request);
        Path part = null;
        try (InputStream in = response.body()) {
            part = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
            Download download;
            try (OutputStream out = Files.newOutputStream(part)) {
                download = copy(response, in, out, target.toString());
            }
            checkSum(download, checksumHeader, target.toString());
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            return download;
        } catch (IOException e) {
            throw new CliInputException("cannot write " + target + ": " + e.getMessage());
        } finally {
            progress.finish();
            deleteQuietly(part);
        }
    }

    /** The answer as text, printed only once all of it has arrived; a binary answer (such as a ZIP) is refused. */
    Download toText(HttpRequest request, PrintWriter out, String checksumHeader) {
        HttpResponse<InputStream> response = open(request);
        String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Download download;
        try (InputStream in = response.body()) {
            if (!isText(type)) {
                throw new CliInputException("the answer is " + type + ", not text; write it to a file with -O FILE");
            }
            download = copy(response, in, bytes, "standard output");
        } catch (IOException e) {
            throw api.broken(e);
        } finally {
            progress.finish();
        }
        checkSum(download, checksumHeader, "standard output");
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return download;
    }

    /** Sends the file as the body and answers the server's JSON reply. */
    JsonNode upload(String method, String path, Path file, Map<String, String> headers) {
        requireReadable(file);
        long size = size(file);
        String label = file.getFileName() + " KiB";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                () -> new CountingInputStream(read(file), done -> progress.update(label, done / 1024, size / 1024))), size);
        HttpRequest.Builder request = api.request(path, "application/json", TIMEOUT)
                .header("Content-Type", "application/octet-stream").method(method, body);
        headers.forEach(request::header);
        try {
            return api.answer(api.exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } finally {
            progress.finish();
        }
    }

    /** A POST the server answers only once it has read a whole archive, so it has the time a transfer has; a JSON answer. */
    JsonNode postAndWait(String path, Map<String, String> headers) {
        HttpRequest.Builder request = api.request(path, "application/json", TIMEOUT).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return api.answer(api.exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliInputException("cannot read " + file + ": " + (Files.exists(file) ? "not a readable file" : "no such file"));
        }
    }

    private HttpResponse<InputStream> open(HttpRequest request) {
        HttpResponse<InputStream> response = api.exchange(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            try (InputStream in = response.body()) {
                String problem = new String(in.readNBytes(MAX_PROBLEM_BYTES), StandardCharsets.UTF_8);
                throw api.problem(response.statusCode(), problem, request.uri());
            } catch (IOException e) {
                throw api.broken(e);
            }
        }
        return response;
    }

    /** Copies the body; failing to read is the connection breaking off, failing to write is local (IOException). */
    private Download copy(HttpResponse<InputStream> response, InputStream in, OutputStream out, String target) throws IOException {
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        String label = Path.of(target).getFileName() + " KiB";
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[BUFFER];
        long done = 0;
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException e) {
                throw new ServerUnreachableException("the connection to " + response.uri().getAuthority() + " broke off after "
                        + done + (total < 0 ? "" : " of " + total) + " bytes (" + e.getMessage() + "); nothing was written to "
                        + target);
            }
            if (read < 0) {
                return new Download(response.headers(), done, Sha256.hex(digest));
            }
            out.write(buffer, 0, read);
            digest.update(buffer, 0, read);
            done += read;
            progress.update(label, done / 1024, total < 0 ? -1 : total / 1024);
        }
    }

    private static void checkSum(Download download, String checksumHeader, String target) {
        String expected = checksumHeader == null ? null : download.headers().firstValue(checksumHeader).orElse(null);
        if (expected != null && !expected.equalsIgnoreCase(download.sha256())) {
            throw new ServerUnreachableException("the download arrived damaged: its SHA-256 is " + download.sha256()
                    + ", the server sent " + expected + "; nothing was written to " + target);
        }
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return type.startsWith("text/") || type.endsWith("/json") || type.endsWith("+json") || type.endsWith("/xml")
                || type.endsWith("+xml") || type.endsWith("yaml") || type.endsWith("toml");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CliInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static InputStream read(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the temporary file stays behind; it is hidden and named after the target, so it is recognisable
            }
        }
    }
}
