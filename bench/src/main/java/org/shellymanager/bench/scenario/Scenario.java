package org.shellymanager.bench.scenario;

import java.util.List;

import org.shellymanager.bench.report.Figure;

/** One measured situation; it starts what it needs and stops it again. */
public interface Scenario {

    /** The scenario's name as the table shows it, also what {@code --only} selects by (any part of it). */
    String name();

    /** The target, shown when the scenario cannot produce figures. */
    String target();

    List<Figure> run(BenchContext context) throws Exception;
}
