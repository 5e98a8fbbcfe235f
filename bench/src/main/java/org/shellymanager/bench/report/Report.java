package org.shellymanager.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The run's one table (Markdown) and its JSON twin for comparing runs. */
public final class Report {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Report() {
    }

    public static String table(List<Figure> figures, Machine machine, String mode) {
        StringBuilder text = new StringBuilder();
        text.append("| scenario | measure | value | target | limit on this machine | verdict | note |\n");
        text.append("| --- | --- | ---: | --- | --- | --- | --- |\n");
        for (Figure f : figures) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", f.scenario(), f.measure(),
                    f.value(), f.target(), f.limit(), f.verdict(), f.note().replace("|", "/")));
        }
        text.append(String.format(Locale.ROOT, "%nMachine: %d cores (%s), %,d MiB, %s, %s. Run %s (%s mode); "
                        + "load average %.2f at the start, %.2f at the end.%n", machine.cores(), machine.cpu(),
                machine.memoryMiB(), machine.jvm(), machine.os(), machine.at(), mode, machine.loadAtStart(), machine.loadAtEnd()));
        return text.toString();
    }

    public static void writeJson(Path file, List<Figure> figures, Machine machine, String mode) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("machine", machine);
        document.put("mode", mode);
        document.put("figures", figures);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(document));
    }
}
