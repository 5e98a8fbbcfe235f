package org.shellymanager.manager.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDirectoryTest {

    private static ExportPackage hosts(String text) {
        return ExportPackage.of("hosts", "hosts", List.of(ExportFile.text("hosts", "text/plain", text)), 1);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void retentionKeepsTheNewestFilesOfItsOwnScheduleAndLeavesEverythingElse(@TempDir Path dir) throws IOException {
        Instant start = Instant.parse("2026-11-22T03:00:00Z");
        for (int i = 0; i < 4; i++) {
            ExportDirectory.write(dir, "nightly", start.plusSeconds(i * 86_400L), hosts("run " + i));
        }
        ExportDirectory.write(dir, "nightly-dhcp", start, hosts("other schedule"));
        Files.writeString(dir.resolve("nightly-notes.txt"), "the user's");

        List<Path> deleted = ExportDirectory.prune(dir, "nightly", 2);

        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("nightly-20261122-030000000-hosts", "nightly-20261123-030000000-hosts");
        assertThat(names(dir)).containsExactly("nightly-20261124-030000000-hosts", "nightly-20261125-030000000-hosts",
                "nightly-dhcp-20261122-030000000-hosts", "nightly-notes.txt");
        assertThat(Files.readString(dir.resolve("nightly-20261125-030000000-hosts"))).isEqualTo("run 3");
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(ExportDirectory.problem(file.resolve("below").toString())).startsWith("directory '" + file.resolve("below")
                + "' cannot be written to (");
        assertThat(ExportDirectory.problem("relative/dir")).isEqualTo("directory 'relative/dir' must be an absolute path");
        assertThat(ExportDirectory.problem(dir.resolve("made/on/demand").toString())).isNull();
        assertThat(names(dir.resolve("made/on/demand"))).isEmpty();
    }

    @Test
    void aScheduleIsDueFromItsLastRunOrItsCreation() {
        Instant created = Instant.parse("2026-11-22T01:00:00Z");
        ExportSchedule hourly = new ExportSchedule("id", "hourly", "json", "json", Map.of(), "/tmp", "PT1H", 3, true, created,
                null, null, null);
        assertThat(ExportScheduleService.due(hourly, created.plusSeconds(3_599), ZoneOffset.UTC)).isFalse();
        assertThat(ExportScheduleService.due(hourly, created.plusSeconds(3_600), ZoneOffset.UTC)).isTrue();
        ExportSchedule ran = new ExportSchedule("id", "hourly", "json", "json", Map.of(), "/tmp", "PT1H", 3, true, created,
                created.plusSeconds(3_600), "SUCCEEDED", "wrote x");
        assertThat(ExportScheduleService.due(ran, created.plusSeconds(3_700), ZoneOffset.UTC)).isFalse();
        ExportSchedule daily = new ExportSchedule("id", "daily", "json", "json", Map.of(), "/tmp", "30 3 * * *", 3, true,
                created, null, null, null);
        assertThat(ExportScheduleService.due(daily, Instant.parse("2026-11-22T03:29:59Z"), ZoneOffset.UTC)).isFalse();
        assertThat(ExportScheduleService.due(daily, Instant.parse("2026-11-22T03:30:00Z"), ZoneOffset.UTC)).isTrue();
    }
}
