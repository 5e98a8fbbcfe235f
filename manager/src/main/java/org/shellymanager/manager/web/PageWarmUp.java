package org.shellymanager.manager.web;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * Once the server is ready, renders the devices table's first page once, on one of the scheduler's platform threads,
 * so that the first person to open the table does not pay for what the server does only once: the table's queries
 * prepared, the code of the rows and their cells loaded and compiled, the table's fragments parsed. The table
 * fragment is rendered outside a request, which is why its form's action is a literal template, not {@code @{...}}.
 * Readiness does not wait for it, and a failure costs only that head start.
 */
@Component
class PageWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PageWarmUp.class);

    private final DeviceTable table;
    private final FragmentRenderer fragments;
    private final TaskScheduler scheduler;

    PageWarmUp(DeviceTable table, FragmentRenderer fragments, TaskScheduler scheduler) {
        this.table = table;
        this.fragments = fragments;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.schedule(this::renderDevicesTable, scheduler.getClock().instant());
    }

    /** The devices table's first page as HTML, or empty when it could not be rendered (logged). */
    Optional<String> renderDevicesTable() {
        try {
            DeviceFilter filter = new DeviceFilter(null, null, null, null, null, null, null, null, null, null, null);
            ExtendedModelMap model = new ExtendedModelMap();
            table.fill(filter, model);
            model.addAttribute("filter", filter);
            model.addAttribute("may", new Permissions(true, true));
            String html = fragments.render("devices", "device-table", model);
            log.debug("devices table rendered once ahead of its first request");
            return Optional.of(html);
        } catch (RuntimeException e) {
            log.warn("the devices table could not be rendered ahead of its first request", e);
            return Optional.empty();
        }
    }
}
