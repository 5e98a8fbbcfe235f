package org.shellymanager.manager.exchange;

import java.util.List;
import java.util.Set;

/**
 * Writes the fleet in one output format. Exporters are found with {@link java.util.ServiceLoader}: a third party
 * drops a jar holding an implementation (public, with a public no-argument constructor) and a
 * {@code META-INF/services/org.shellymanager.manager.exchange.Exporter} file naming it on the class path. An
 * exporter never touches the database: it receives a {@link FleetSnapshot} holding the {@linkplain #needs() parts
 * it declares}, and must be safe to call from several threads. Only {@link #name()}, {@link #description()},
 * {@link #formats()}, {@link #export} and {@link #check} must be written; the rest default to no options, the
 * inventory alone, and no validation beyond the options schema.
 */
public interface Exporter {

    /** The stable name users select it by: lowercase letters, digits and dashes. */
    String name();

    /** One line saying what it writes and for which tool. */
    String description();

    /** The output formats it can write (such as {@code json}, {@code csv}); the first is the default. */
    List<String> formats();

    /** The options it accepts; values arrive as strings and are checked against this schema before export. None by default. */
    default List<ExportOption> options() {
        return List.of();
    }

    /** The parts of the snapshot it reads; the inventory alone by default. */
    default Set<FleetSnapshot.Part> needs() {
        return Set.of(FleetSnapshot.Part.DEVICES);
    }

    /** Problems with a request beyond what the options schema checks; empty when it can be exported. */
    default List<String> validate(ExportRequest request) {
        return List.of();
    }

    /** The output: one file, or several (such as one per device) with relative paths. */
    List<ExportFile> export(FleetSnapshot snapshot, ExportRequest request);

    /**
     * Parses a file this exporter wrote back with a parser of its format.
     *
     * @throws ExportCheckException when it does not parse or does not hold what it should
     */
    void check(ExportFile file, ExportRequest request);
}
