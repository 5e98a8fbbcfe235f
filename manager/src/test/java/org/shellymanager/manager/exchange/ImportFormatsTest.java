package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.shellymanager.manager.exchange.format.CsvExporter;
import org.shellymanager.manager.exchange.format.TomlExporter;
import org.shellymanager.manager.platform.ManagerException;

class ImportFormatsTest {

    private static Map<String, Object> fields(ImportedDevice d) {
        SnapshotDevice device = ImportService.DeviceMerge.create(d, d.id(), d.firstSeen());
        return DeviceFields.of(device);
    }

    private static List<Map<String, Object>> expected() {
        return Snapshots.fleet().devices().stream().map(DeviceFields::of).toList();
    }

    @Test
    void readsTheTomlTreeBackFieldForField() throws IOException {
        List<ExportFile> files = new TomlExporter().export(Snapshots.fleet(), new ExportRequest("toml", Map.of()));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (ExportFile file : files) {
                out.putNextEntry(new ZipEntry(file.path()));
                out.write(file.content());
            }
            out.putNextEntry(new ZipEntry(".git/config"));
            out.write("[core]".getBytes());
        }
        ImportReader.Result result = ImportReader.read(zip.toByteArray());
        assertThat(result.format()).isEqualTo(ImportReader.Format.TOML);
        assertThat(result.devices().stream().map(ImportFormatsTest::fields).toList()).isEqualTo(expected());
    }

    @Test
    void readsTheCsvBackFieldForFieldDespiteFormulaNeutralising() {
        byte[] csv = new CsvExporter().export(Snapshots.fleet(), new ExportRequest("csv", Map.of())).getFirst().content();
        ImportReader.Result result = ImportReader.read(csv);
        assertThat(result.format()).isEqualTo(ImportReader.Format.CSV);
        assertThat(result.devices().stream().map(ImportFormatsTest::fields).toList()).isEqualTo(expected());
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesTheFieldOfEveryProblem() {
        String json = "{\"format\":\"shelly-manager/fleet\",\"version\":1,\"devices\":[{\"mac\":\"A8032A000001\",\"port\":\"x\","
                + "\"generation\":9,\"tags\":[1],\"firstSeen\":\"yesterday\",\"colour\":\"red\"}, 5]}";
        assertThatThrownBy(() -> ImportReader.read(json.getBytes()))
                .isInstanceOfSatisfying(ManagerException.class, e -> assertThat((List<Object>) e.properties().get("errors")).containsExactlyInAnyOrder(
                        "devices[0], field colour: unknown field; the fields are " + DeviceFields.NAMES,
                        "devices[0], field generation: must be a whole number from 1 to 4, was '9'",
                        "devices[0], field port: must be a whole number from 1 to 65535, was 'x'",
                        "devices[0], field tags: must be a list of texts of 1 to 64 characters, was '[1]'",
                        "devices[0], field firstSeen: must be a UTC time such as 2025-06-07T09:00:00Z, was 'yesterday'",
                        "devices[1]: not an object"));
        assertThatThrownBy(() -> ImportReader.read("{\"devices\":[".getBytes())).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ImportReader.read("[device]\nmac = \"A8032A000001\"\nport = \n".getBytes()))
                .hasMessageContaining("device.toml line 3");
    }
}
