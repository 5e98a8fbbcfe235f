package org.shellymanager.bench.report;

/** How a figure stands against its target. */
public enum Verdict {
    /** The target is met. */
    MET,
    /** The target is missed; the note says by how much and why where known. */
    NOT_MET,
    /** A figure without a pass/fail target (reported for comparison). */
    REPORTED,
    /** The feature the scenario needs does not exist yet: no figure is claimed. */
    NOT_AVAILABLE,
    /** The scenario could not run to its end; the note says what broke. */
    FAILED
}
