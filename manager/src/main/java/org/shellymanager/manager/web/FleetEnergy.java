package org.shellymanager.manager.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.shellymanager.manager.telemetry.HistoryService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The fleet's energy used today (since local midnight) hour by hour, from telemetry history: the total for the
 * dashboard's live figures and the chart of it. Both read one result computed at most once per {@link #REFRESH},
 * however many dashboards are open, so they always agree.
 */
@Controller
class FleetEnergy {

    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final HistoryService history;
    private final Clock clock;
    private volatile Today today = new Today(Instant.MIN, new TreeMap<>());

    FleetEnergy(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** Wh used by the fleet since local midnight, at most {@link #REFRESH} old. */
    double today() {
        return perHour().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    @GetMapping("/dashboard/energy-chart")
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    DeviceChart.ChartData chart() {
        SortedMap<Instant, Double> perHour = perHour();
        ZoneId zone = ZoneId.systemDefault();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        perHour.forEach((hour, wh) -> {
            labels.add(HOUR.format(hour.atZone(zone)));
            values.add(wh);
        });
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        return new DeviceChart.ChartData("bar", "energy", "Wh", labels, List.of(new DeviceChart.Dataset("fleet", values)),
                String.format(Locale.ROOT, "energy used today, hour by hour: %.0f Wh in %d hour(s)", sum, values.size()));
    }

    private SortedMap<Instant, Double> perHour() {
        Instant now = clock.instant();
        Today known = today;
        Instant midnight = LocalDate.ofInstant(now, ZoneId.systemDefault()).atStartOfDay(ZoneId.systemDefault()).toInstant();
        if (known.at().plus(REFRESH).isAfter(now) && !known.at().isBefore(midnight)) {
            return known.perHour();
        }
        Today fresh = new Today(now, history.fleetEnergyPerHour(midnight, now.plusMillis(1)));
        today = fresh;
        return fresh.perHour();
    }

    private record Today(Instant at, SortedMap<Instant, Double> perHour) {

        Today {
            perHour = Collections.unmodifiableSortedMap(new TreeMap<>(perHour));
        }
    }
}
