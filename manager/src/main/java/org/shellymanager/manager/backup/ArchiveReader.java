package org.shellymanager.manager.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.shellymanager.device.Sha256;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import tools.jackson.core.JacksonException;

/**
 * Reads a {@code .sma} archive: the manifest without a passphrase, checksums of every section, and the rows of a
 * section. Every way an archive can be wrong ends in a {@link ManagerException} with a code that says which.
 */
final class ArchiveReader implements AutoCloseable {

    static final String MANIFEST = "manifest.json";
    /** What names a section of binary rows ({@link BinarySection}, format version 4) rather than JSON lines. */
    static final String BINARY_ROWS = ".rows.";

    private final ZipFile zip;
    private final Manifest manifest;

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens the archive and reads its manifest; refuses archives of a newer format. */
    static ArchiveReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw corrupt("it is not a .sma archive or it is truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw corrupt("it cannot be read: " + e.getMessage());
        }
        try {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw corrupt("it has no " + MANIFEST);
            }
            Map<?, ?> raw;
            try (InputStream in = zip.getInputStream(entry)) {
                raw = Archives.JSON.readValue(in, Map.class);
            }
            if (!(raw.get("formatVersion") instanceof Integer version)) {
                throw corrupt("its manifest has no format version");
            }
            if (version > Manifest.FORMAT_VERSION) {
                throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive is in format version " + version
                        + ", made by a newer Shelly Manager; this one reads up to version " + Manifest.FORMAT_VERSION
                        + ". Upgrade Shelly Manager to restore it.");
            }
            Manifest manifest = Archives.JSON.convertValue(raw, Manifest.class);
            Compression.of(manifest.compression());
            return new ArchiveReader(zip, manifest);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            closeQuietly(zip);
            throw corrupt("its manifest is unreadable: " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** Checks the size and SHA-256 of every section against the manifest; needs no passphrase. */
    void verifyChecksums() {
        for (Manifest.Section section : manifest.sections()) {
            ZipEntry entry = zip.getEntry(section.entry());
            if (entry == null) {
                throw corrupt("section " + section.name() + " is missing");
            }
            MessageDigest digest = Sha256.newDigest();
            long size = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                }
            } catch (IOException e) {
                throw corrupt("section " + section.name() + " cannot be read: " + e.getMessage());
            }
            if (size != section.bytes() || !Sha256.hex(digest).equals(section.sha256())) {
                throw corrupt("section " + section.name() + " does not match its SHA-256 checksum");
            }
        }
    }

    /** The key for an encrypted archive, null for a plain one. */
    ArchiveKey key(char[] passphrase) {
        if (manifest.encryption() == null) {
            return null;
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new ManagerException(ErrorCode.ARCHIVE_PASSPHRASE, "The archive is encrypted: give its passphrase.");
        }
        try {
            return ArchiveKey.open(passphrase, manifest.encryption());
        } catch (ArchiveKey.WrongPassphraseException e) {
            throw new ManagerException(ErrorCode.ARCHIVE_PASSPHRASE, "The passphrase does not open this archive.");
        } catch (IllegalArgumentException e) {
            throw corrupt(e.getMessage());
        }
    }

    /** Reads a section's tables and rows; the key is null for a plain archive. */
    void read(Manifest.Section section, ArchiveKey key, RowSink sink) {
        try (InputStream stored = new BufferedInputStream(zip.getInputStream(zip.getEntry(section.entry())), 1 << 16);
             InputStream plain = key == null ? stored : key.decrypting(stored, section.entry());
             InputStream decompressed = Compression.of(manifest.compression()).decompressing(plain)) {
            if (section.entry().contains(BINARY_ROWS)) {
                BinarySection.read(decompressed, section.name(), sink);
            } else {
                JsonSection.read(decompressed, section.name(), sink);
            }
        } catch (IOException | JacksonException | NumberFormatException e) {
            throw corrupt("section " + section.name() + " does not decode: " + e.getMessage());
        }
    }

    /** A secret in clear, from an encrypted archive: sealed again with the target's key when restored. */
    record Secret(String plain) {
    }

    /**
     * Receives a section's contents in order: a table's header, then its rows. With {@code clear}, the columns are
     * the table's key columns and each row is a key whose rows the restore removes (format version 2).
     */
    interface RowSink {

        void table(String name, List<String> columns, boolean clear);

        void row(List<Object> values);
    }

    static ManagerException corrupt(String detail) {
        return new ManagerException(ErrorCode.ARCHIVE_CORRUPT, "The archive is damaged: " + detail
                + ". Nothing was changed; use another copy of the backup.");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written through it; a failure to close a read-only file changes nothing
        }
    }
}
