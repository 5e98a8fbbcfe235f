package org.shellymanager.manager.backup;

import java.time.Instant;
import java.util.List;

/**
 * The readable head of a {@code .sma} archive (docs/sma-format.md): what made it, from which schema, and each data
 * section with its record counts and the SHA-256 of its stored bytes, so that an archive can be checked without
 * its passphrase.
 *
 * @param schemaVersion  the highest database migration applied when it was made
 * @param sourceDatabase the database product and version it was read from
 * @param encryption     how sections are encrypted, or null when they are not
 */
public record Manifest(int formatVersion, String appVersion, String schemaVersion, Instant created, String sourceDatabase,
                       String backupType, String compression, Encryption encryption, List<Section> sections) {

    public static final int FORMAT_VERSION = 1;

    public Manifest {
        if (appVersion == null || schemaVersion == null || created == null || sourceDatabase == null || backupType == null
                || compression == null || sections == null) {
            throw new IllegalArgumentException("a manifest needs its versions, creation time, source, type, compression "
                    + "and sections");
        }
        sections = List.copyOf(sections);
    }

    /** One data section: a group of tables linked by foreign keys, stored as one entry of the archive. */
    public record Section(String name, String entry, List<TableCount> tables, long bytes, String sha256) {

        public Section {
            if (name == null || entry == null || sha256 == null || tables == null) {
                throw new IllegalArgumentException("a section needs a name, an entry, a checksum and its tables");
            }
            tables = List.copyOf(tables);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCount::rows).sum();
        }
    }

    public record TableCount(String table, long rows) {

        public TableCount {
            if (table == null || table.isBlank() || rows < 0) {
                throw new IllegalArgumentException("a table count needs a table name and a row count of zero or more");
            }
        }
    }

    /**
     * AES-256-GCM with a key derived from the passphrase by Argon2id.
     *
     * @param check a known text sealed with the key, which tells a wrong passphrase from a damaged section
     */
    public record Encryption(String cipher, String kdf, String salt, int memoryKib, int iterations, int parallelism,
                             String check) {
    }
}
