package org.shellymanager.manager.telemetry;

import java.time.Instant;

/**
 * One point of a history series: a raw sample ({@code min = max = avg = sum} = the value, {@code samples} 1) or an
 * aggregate over {@code [at, at + resolution)}. For {@code energy}, {@code sum} is the energy used in that time.
 */
public record HistoryPoint(String channel, String metric, Instant at, double min, double max, double avg, double sum,
                           int samples) {
}
