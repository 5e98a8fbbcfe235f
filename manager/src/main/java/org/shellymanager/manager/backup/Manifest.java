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
                       String backupType, String compression, Encryption encryption, List<Section> sections, Chain chain) {

    /**
     * Version 2 added backup chains ({@link #chain()}) and tombstones in sections, version 3 zstd-compressed sections,
     * version 4 binary rows instead of JSON lines; archives of versions 1 to 3 still read.
     */
    public static final int FORMAT_VERSION = 4;

    public Manifest {
        if (appVersion == null || schemaVersion == null || created == null || sourceDatabase == null || backupType == null
                || compression == null || sections == null) {
            throw new IllegalArgumentException("a manifest needs its versions, creation time, source, type, compression "
                    + "and sections");
        }
        if (!schemaVersion.matches("\\d{1,18}([._]\\d{1,18})*")) {
            throw new IllegalArgumentException("a manifest's schema version is numbers separated by dots, not \""
                    + schemaVersion + "\"");
        }
        sections = List.copyOf(sections);
        if (!backupType.equals(BackupType.FULL.name()) && (chain == null || chain.parentId() == null || chain.changesSince() == null)) {
            throw new IllegalArgumentException("an " + backupType.toLowerCase(java.util.Locale.ROOT)
                    + " backup needs its parent and the change number it continues from");
        }
    }

    public BackupType type() {
        return BackupType.valueOf(backupType);
    }

    /**
     * Where an archive stands in a chain of backups (format version 2; absent from version 1 archives, which are
     * full backups that no incremental can follow).
     *
     * @param backupId       this archive's own id
     * @param parentId       the archive this one continues (the full one for a differential); null for a full backup
     * @param lineage        the database's change history this chain follows; a restore or a gap starts a new one
     * @param changesSince   the parent's {@code changesThrough}: this archive holds the rows changed after it
     * @param changesThrough every change up to this number is in this archive's state
     */
    public record Chain(String backupId, String parentId, String lineage, Long changesSince, long changesThrough) {

        public Chain {
            if (backupId == null || lineage == null) {
                throw new IllegalArgumentException("a chain entry needs the archive's id and the database's lineage");
            }
        }
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

    /**
     * @param rows    rows stored (in an incremental or differential: the current rows of changed keys)
     * @param cleared keys whose rows the restore removes first (tombstones, and the groups of a table without a
     *                primary key); zero in a full backup
     */
    public record TableCount(String table, long rows, Long cleared) {

        public TableCount {
            cleared = cleared == null ? 0L : cleared;
            if (table == null || table.isBlank() || rows < 0 || cleared < 0) {
                throw new IllegalArgumentException("a table count needs a table name and a row count of zero or more");
            }
        }

        public TableCount(String table, long rows) {
            this(table, rows, 0L);
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
