package org.shellymanager.manager.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * How a section's lines are compressed, as the manifest's {@code compression} names it: zstd since format version
 * 3 (several times less CPU than gzip for the same size), gzip in the archives of versions 1 and 2, which are still
 * read.
 */
enum Compression {
    GZIP("gzip", "gz"), ZSTD("zstd", "zst");

    /** What archives are written with. */
    static final Compression WRITTEN = ZSTD;
    /** zstd's level 3 (its default): history compresses about as well as with gzip's level 6, many times faster. */
    private static final int ZSTD_LEVEL = 3;
    /**
     * One zstd worker thread: a section is compressed while the backup reads its next rows from the database, so on
     * two cores the compression (a third of a backup's CPU) no longer adds to its time. The output is the same bytes
     * for any number of workers from one up.
     */
    private static final int ZSTD_WORKERS = 1;
    private static final int BUFFER = 1 << 16;

    private final String manifestName;
    private final String suffix;

    Compression(String manifestName, String suffix) {
        this.manifestName = manifestName;
        this.suffix = suffix;
    }

    /** The name in the manifest. */
    String manifestName() {
        return manifestName;
    }

    /** The last part of a section's entry name, after its encoding ({@code .rows.}), before {@code .aes} when encrypted. */
    String suffix() {
        return suffix;
    }

    /** @throws ManagerException {@code archive.version-unsupported} for a compression this release does not read */
    static Compression of(String manifestName) {
        for (Compression compression : values()) {
            if (compression.manifestName.equals(manifestName)) {
                return compression;
            }
        }
        throw new ManagerException(ErrorCode.ARCHIVE_VERSION, "The archive's sections are compressed with " + manifestName
                + ", which this Shelly Manager does not read. Upgrade Shelly Manager to restore it.");
    }

    /** Compresses a section as archives are written now ({@link #WRITTEN}). */
    static OutputStream compressing(OutputStream out) throws IOException {
        return new ZstdOutputStream(out, ZSTD_LEVEL).setWorkers(ZSTD_WORKERS);
    }

    InputStream decompressing(InputStream in) throws IOException {
        return this == GZIP ? new GZIPInputStream(in, BUFFER) : new ZstdInputStream(in);
    }
}
