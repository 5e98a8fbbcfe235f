package org.shellymanager.manager.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shellymanager.device.Generation;
import org.shellymanager.manager.config.Snapshot;
import org.shellymanager.manager.config.SnapshotCause;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import tools.jackson.databind.JsonNode;

/**
 * The configuration snapshots of one device as a chain of archives holds them at its last archive: the full
 * backup's rows of {@code config_snapshots} and {@code config_snapshot_sections}, with every later archive's
 * clear blocks and rows applied in order.
 */
final class ArchivedSnapshots implements ArchiveReader.RowSink {

    private static final String SNAPSHOTS = "config_snapshots";
    private static final String SECTIONS = "config_snapshot_sections";

    private final String deviceId;
    private final Map<String, Map<String, Object>> snapshots = new LinkedHashMap<>();
    private final Map<List<Object>, Map<String, Object>> sections = new LinkedHashMap<>();
    private String table;
    private List<String> columns;
    private boolean clear;

    private ArchivedSnapshots(String deviceId) {
        this.deviceId = deviceId;
    }

    /** Reads the device's snapshots from the chain, oldest archive first. */
    static ArchivedSnapshots of(List<ArchiveReader> chain, char[] passphrase, String deviceId) {
        BackupChain.check(chain.stream().map(ArchiveReader::manifest).toList());
        ArchivedSnapshots found = new ArchivedSnapshots(deviceId);
        for (ArchiveReader member : chain) {
            member.verifyChecksums();
            ArchiveKey key = member.key(passphrase);
            for (Manifest.Section section : member.manifest().sections()) {
                if (section.tables().stream().anyMatch(t -> t.table().equals(SNAPSHOTS))) {
                    member.read(section, key, found);
                }
            }
        }
        return found;
    }

    @Override
    public void table(String name, List<String> archived, boolean clear) {
        this.table = name;
        this.columns = archived.stream().map(c -> c.substring(0, c.indexOf(':'))).toList();
        this.clear = clear;
    }

    @Override
    public void row(List<Object> values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        if (table.equals(SNAPSHOTS)) {
            if (clear) {
                snapshots.remove(String.valueOf(row.get("id")));
            } else if (deviceId.equals(row.get("device_id"))) {
                snapshots.put(String.valueOf(row.get("id")), row);
            }
        } else if (table.equals(SECTIONS)) {
            List<Object> key = List.of(String.valueOf(row.get("snapshot_id")), String.valueOf(row.get("section")));
            if (clear) {
                sections.remove(key);
            } else {
                sections.put(key, row);
            }
        }
    }

    /**
     * The snapshot with this id, or the device's newest when {@code snapshotId} is null.
     *
     * @throws ManagerException {@code config.snapshot-not-found}
     */
    Snapshot get(String snapshotId) {
        Map<String, Object> row = (snapshotId == null
                ? snapshots.values().stream().max(Comparator.comparingLong(r -> ((Number) r.get("version")).longValue()))
                : java.util.Optional.ofNullable(snapshots.get(snapshotId)))
                .orElseThrow(() -> new ManagerException(ErrorCode.CONFIG_SNAPSHOT_NOT_FOUND, "The archive holds "
                        + (snapshotId == null ? "no configuration snapshot" : "no snapshot " + snapshotId) + " of device "
                        + deviceId + "."));
        String id = String.valueOf(row.get("id"));
        Map<String, JsonNode> content = new LinkedHashMap<>();
        for (Map<String, Object> section : new ArrayList<>(sections.values())) {
            if (id.equals(section.get("snapshot_id"))) {
                content.put(String.valueOf(section.get("section")), Archives.JSON.readTree(String.valueOf(section.get("content"))));
            }
        }
        Object jobId = row.get("job_id");
        return new Snapshot(id, deviceId, ((Number) row.get("version")).intValue(),
                Instant.ofEpochMilli(((Number) row.get("taken_at")).longValue()), SnapshotCause.valueOf(String.valueOf(row.get("cause"))),
                jobId == null ? null : String.valueOf(jobId), String.valueOf(row.get("fingerprint")), String.valueOf(row.get("model")),
                Generation.of(((Number) row.get("generation")).intValue()), content);
    }
}
