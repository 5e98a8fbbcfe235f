package org.shellymanager.bench.report;

import java.util.Map;
import java.util.Objects;

/**
 * One line of the result table.
 *
 * @param scenario what was run
 * @param measure  what this line measures, such as "polls on time"
 * @param value    the figure as shown, with its unit (median and p99 where they apply)
 * @param target   the target for it, or "-"
 * @param limit    the same work's limit on this machine measured in the same run, or "-"
 * @param verdict  how the value stands against the target
 * @param note     what else a reader needs to know (may be empty)
 * @param numbers  the raw numbers behind the value, by name, for comparing runs in JSON
 */
public record Figure(String scenario, String measure, String value, String target, String limit, Verdict verdict,
                     String note, Map<String, Double> numbers) {

    public Figure {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        target = target == null || target.isBlank() ? "-" : target;
        limit = limit == null || limit.isBlank() ? "-" : limit;
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
        numbers = Map.copyOf(numbers);
    }

    /** A figure checked against a target: met when {@code met} is true. */
    public static Figure checked(String scenario, String measure, String value, String target, boolean met,
                                 Map<String, Double> numbers) {
        return new Figure(scenario, measure, value, target, "-", met ? Verdict.MET : Verdict.NOT_MET, "", numbers);
    }

    /** A scenario that cannot run because what it measures is not built yet. */
    public static Figure notAvailable(String scenario, String target, String why) {
        return new Figure(scenario, "-", "not available", target, "-", Verdict.NOT_AVAILABLE, why, Map.of());
    }

    /** A scenario that broke before its figures were taken. */
    public static Figure failed(String scenario, String target, Throwable cause) {
        String why = cause.getClass().getSimpleName() + ": " + Objects.toString(cause.getMessage(), "");
        return new Figure(scenario, "-", "failed", target, "-", Verdict.FAILED, why, Map.of());
    }

    public Figure withLimit(String measuredLimit) {
        return new Figure(scenario, measure, value, target, measuredLimit, verdict, note, numbers);
    }

    public Figure withNote(String text) {
        return new Figure(scenario, measure, value, target, limit, verdict, text, numbers);
    }
}
