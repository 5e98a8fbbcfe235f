package org.shellymanager.manager.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.shellymanager.device.Sha256;

/** The SHA-256 of a local file as the API writes it, read in pieces so a large file is never held whole. */
final class FileChecksum {

    private FileChecksum() {
    }

    static String sha256(Path file) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new CliInputException("cannot read " + file + ": " + e.getMessage());
        }
        return Sha256.hex(digest);
    }
}
