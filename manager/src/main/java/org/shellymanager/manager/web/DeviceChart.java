package org.shellymanager.manager.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.security.RequiresRole;
import org.shellymanager.manager.security.Role;
import org.shellymanager.manager.telemetry.HistoryPoint;
import org.shellymanager.manager.telemetry.HistoryService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Chart data for a device page: one line per channel of a metric over a chosen range, from telemetry history,
 * in the shape Chart.js takes. Energy is drawn as bars of the energy used per interval.
 */
@Controller
class DeviceChart {

    static final Map<String, Duration> RANGES = Map.of("1h", Duration.ofHours(1), "24h", Duration.ofHours(24),
            "7d", Duration.ofDays(7), "30d", Duration.ofDays(30));
    static final Map<String, String> UNITS = Map.of("power", "W", "energy", "Wh", "temperature", "°C");

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final HistoryService history;
    private final Clock clock;

    DeviceChart(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/devices/{id}/chart")
    @ResponseBody
    @RequiresRole(Role.VIEWER)
    ChartData chart(@PathVariable String id, @RequestParam(defaultValue = "power") String metric,
                    @RequestParam(defaultValue = "1h") String range) {
        Duration span = RANGES.get(range);
        if (span == null || !UNITS.containsKey(metric)) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "range must be one of " + new TreeSet<>(RANGES.keySet())
                    + " and metric one of " + new TreeSet<>(UNITS.keySet()));
        }
        Instant to = clock.instant();
        List<HistoryPoint> points = history.series(id, to.minus(span), to, "auto", null, metric).points();
        boolean energy = metric.equals("energy");
        TreeSet<Instant> times = new TreeSet<>();
        Map<String, Map<Instant, Double>> byChannel = new LinkedHashMap<>();
        for (HistoryPoint point : points) {
            times.add(point.at());
            byChannel.computeIfAbsent(point.channel(), c -> new LinkedHashMap<>()).put(point.at(), energy ? point.sum() : point.avg());
        }
        List<String> labels = times.stream().map(at -> LABEL.format(at.atZone(ZoneId.systemDefault()))).toList();
        List<Dataset> datasets = new ArrayList<>();
        byChannel.forEach((channel, values) -> datasets.add(new Dataset(channel,
                times.stream().map(values::get).toList())));
        String summary = metric + " over " + range + ": " + points.size() + " points";
        return new ChartData(energy ? "bar" : "line", metric, UNITS.get(metric), labels, datasets, summary);
    }

    /** What Chart.js draws; a null value leaves a gap. */
    record ChartData(String type, String metric, String unit, List<String> labels, List<Dataset> datasets, String summary) {
    }

    record Dataset(String label, List<Double> data) {
    }
}
