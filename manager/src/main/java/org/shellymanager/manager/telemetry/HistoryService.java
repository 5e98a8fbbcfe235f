package org.shellymanager.manager.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.DeviceQuery;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.springframework.stereotype.Service;

/** History queries: a device's series by range and resolution, its input events, and energy per day, week or month. */
@Service
public class HistoryService {

    /** The most points one series query answers with. */
    public static final int MAX_POINTS = 20_000;

    private final JdbcHistoryStore store;
    private final HistoryMaintenance maintenance;
    private final InventoryService inventory;
    private final TelemetryProperties.History kept;
    private final Clock clock;

    HistoryService(JdbcHistoryStore store, HistoryMaintenance maintenance, InventoryService inventory,
                   TelemetryProperties properties, Clock clock) {
        this.store = store;
        this.maintenance = maintenance;
        this.inventory = inventory;
        this.kept = properties.history();
        this.clock = clock;
    }

    /**
     * A device's history in {@code [from, to)}; resolution {@code raw}, {@code 5m}, {@code 1h} or {@code auto} (which
     * never picks a resolution whose retention the range reaches past, unless it is hourly). A resolution asked for
     * explicitly answers with what is still kept.
     */
    public Series series(String deviceId, Instant from, Instant to, String resolution, String channel, String metric) {
        inventory.get(deviceId);
        checkRange(from, to);
        Resolution chosen;
        try {
            chosen = Resolution.parse(resolution, from, to, clock.instant(), kept);
            if (metric != null) {
                Metric.ofKey(metric);
            }
        } catch (IllegalArgumentException e) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, e.getMessage().startsWith("resolution") ? e.getMessage()
                    : "metric must be one of " + List.of(Metric.values()).stream().map(Metric::key).toList());
        }
        List<HistoryPoint> points = store.series(deviceId, channel, metric, from, to, chosen, MAX_POINTS + 1);
        boolean truncated = points.size() > MAX_POINTS;
        return new Series(deviceId, from, to, chosen.name().toLowerCase(Locale.ROOT),
                truncated ? points.subList(0, MAX_POINTS) : points, truncated);
    }

    /** A device's input events in {@code [from, to)}, optionally of one channel, oldest first. */
    public Events events(String deviceId, Instant from, Instant to, String channel) {
        inventory.get(deviceId);
        checkRange(from, to);
        List<InputEvent> events = store.events(deviceId, channel, from, to, MAX_POINTS + 1);
        boolean truncated = events.size() > MAX_POINTS;
        return new Events(deviceId, from, to, truncated ? events.subList(0, MAX_POINTS) : events, truncated);
    }

    /**
     * Energy used per period by the devices chosen (one device, everything with a tag, everything in a room; all
     * devices when nothing is chosen), per device and in total.
     */
    public EnergyReport energy(String deviceId, String tag, String room, Instant from, Instant to, String period,
                               String zone) {
        checkRange(from, to);
        EnergyPeriod chosen;
        ZoneId zoneId;
        try {
            chosen = EnergyPeriod.parse(period == null ? "day" : period);
            zoneId = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, e instanceof IllegalArgumentException
                    && e.getMessage().startsWith("period") ? e.getMessage() : "zone must be a time zone id such as "
                    + "Europe/Berlin or UTC, was '" + zone + "'");
        }
        List<String> ids = deviceId != null ? List.of(inventory.get(deviceId).id()) : devices(tag, room);
        Map<LocalDate, Map<String, Double>> byPeriod = new TreeMap<>();
        for (JdbcHistoryStore.EnergyRow row : store.energy(ids, from, to, maintenance.hourlyUntil())) {
            LocalDate start = chosen.start(LocalDate.ofInstant(row.at(), zoneId));
            byPeriod.computeIfAbsent(start, d -> new TreeMap<>()).merge(row.deviceId(), row.wh(), Double::sum);
        }
        List<EnergyReport.Row> rows = new ArrayList<>();
        byPeriod.forEach((start, perDevice) -> rows.add(new EnergyReport.Row(start,
                perDevice.values().stream().mapToDouble(Double::doubleValue).sum(), perDevice)));
        return new EnergyReport(chosen.name().toLowerCase(Locale.ROOT), zoneId.getId(), from, to, ids.size(),
                rows);
    }

    /** Energy used by the whole fleet in {@code [from, to)} per hour (the start of each hour, UTC-aligned), Wh. */
    public SortedMap<Instant, Double> fleetEnergyPerHour(Instant from, Instant to) {
        checkRange(from, to);
        SortedMap<Instant, Double> perHour = new TreeMap<>();
        for (JdbcHistoryStore.EnergyRow row : store.fleetEnergy(from, to, maintenance.hourlyUntil())) {
            perHour.merge(HistoryMaintenance.floor(row.at(), Duration.ofHours(1)), row.wh(), Double::sum);
        }
        return perHour;
    }

    /**
     * The ids of the devices with the tag and in the room; of the whole fleet when neither is given. A tag or room
     * is matched by the inventory's query, which reads only the devices chosen.
     */
    private List<String> devices(String tag, String room) {
        if (tag == null && room == null) {
            return inventory.all().stream().map(Device::id).toList();
        }
        List<String> ids = new ArrayList<>();
        int page = 0;
        Page<Device> found;
        do {
            found = inventory.list(new DeviceQuery(null, null, null, tag, room, null, null, null, "mac,asc", page++,
                    Page.MAX_SIZE));
            found.items().forEach(d -> ids.add(d.id()));
        } while (Page.offset(page, Page.MAX_SIZE) < found.total());
        return ids;
    }

    private static void checkRange(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "from must be before to (ISO-8601 instants such as "
                    + "2026-01-01T00:00:00Z)");
        }
    }

    /** A device's series; {@code truncated} when there were more than {@link #MAX_POINTS} points. */
    public record Series(String deviceId, Instant from, Instant to, String resolution, List<HistoryPoint> points,
                         boolean truncated) {

        public Series {
            points = List.copyOf(points);
        }
    }

    /** A device's input events; {@code truncated} when there were more than {@link #MAX_POINTS}. */
    public record Events(String deviceId, Instant from, Instant to, List<InputEvent> events, boolean truncated) {

        public Events {
            events = List.copyOf(events);
        }
    }

    /** Energy per period, Wh: in total and per device id. */
    public record EnergyReport(String period, String zone, Instant from, Instant to, int devices, List<Row> rows) {

        public EnergyReport {
            rows = List.copyOf(rows);
        }

        public record Row(LocalDate start, double totalWh, Map<String, Double> devicesWh) {

            public Row {
                devicesWh = Map.copyOf(devicesWh);
            }
        }
    }
}
