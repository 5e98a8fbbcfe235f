package org.shellymanager.manager.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded contents of an archive, table by table, for comparing archives in tests; binary values as hex text, so
 * that two archives compare by their bytes.
 */
final class Archived {

    private Archived() {
    }

    static Map<String, List<List<Object>>> rows(Path file, char[] passphrase) {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        try (ArchiveReader reader = ArchiveReader.open(file)) {
            ArchiveKey key = reader.key(passphrase);
            for (Manifest.Section section : reader.manifest().sections()) {
                reader.read(section, key, new ArchiveReader.RowSink() {
                    private List<List<Object>> current;

                    @Override
                    public void table(String name, List<String> columns, boolean clear) {
                        current = new ArrayList<>();
                        tables.put(name + " " + columns + (clear ? " clear" : ""), current);
                    }

                    @Override
                    public void row(List<Object> values) {
                        current.add(values.stream().map(v -> v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : v)
                                .toList());
                    }
                });
            }
        }
        return tables;
    }
}
