package org.shellymanager.manager.telemetry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The calendar periods energy is summed over, in the time zone the caller asks for. Weeks start on Monday. */
public enum EnergyPeriod {
    DAY, WEEK, MONTH;

    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    static EnergyPeriod parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period must be day, week or month, was '" + text + "'");
        }
    }
}
