package org.shellymanager.manager.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.shellymanager.manager.telemetry.HistoryService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The fleet's energy used today (since local midnight), from telemetry history: the total for the dashboard's
 * live figures, computed at most once per {@link #REFRESH} however many dashboards are open, and the chart of
 * it hour by hour.
 */
@Controller
class FleetEnergy {

    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final HistoryService history;
    private final Clock clock;
    private volatile Total total = new Total(Instant.MIN, 0.0);

    FleetEnergy(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** Wh used by the fleet since local midnight, at most {@link #REFRESH} old. */
    double today() {
        Instant now = clock.instant();
        Total known = total;
        if (known.at().plus(REFRESH).isAfter(now)) {
            return known.wh();
        }
        double wh = perHour(now).values().stream().mapToDouble(Double::doubleValue).sum();
        total = new Total(now, wh);
        return wh;
    }

    @GetMapping("/dashboard/energy-chart")
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    DeviceChart.ChartData chart() {
        SortedMap<Instant, Double> perHour = perHour(clock.instant());
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

    private SortedMap<Instant, Double> perHour(Instant now) {
        Instant midnight = LocalDate.ofInstant(now, ZoneId.systemDefault()).atStartOfDay(ZoneId.systemDefault()).toInstant();
        return history.fleetEnergyPerHour(midnight, now.plusMillis(1));
    }

    private record Total(Instant at, double wh) {
    }
}
