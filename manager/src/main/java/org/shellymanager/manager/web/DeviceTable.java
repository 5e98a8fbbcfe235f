package org.shellymanager.manager.web;

import java.util.List;

import org.shellymanager.manager.config.TemplateAssignments;
import org.shellymanager.manager.inventory.Device;
import org.shellymanager.manager.inventory.InventoryService;
import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.shellymanager.manager.platform.Page;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The devices table's model (one page of rows and the live stream of their cells), and the rows a person selected. */
@Component
class DeviceTable {

    /** Most devices one live stream or bulk action covers: more than a page ever shows. */
    static final int MAX_SELECTION = Page.MAX_SIZE;

    private final InventoryService inventory;
    private final DeviceRows rows;
    private final WebProperties properties;
    private final TemplateAssignments templates;

    DeviceTable(InventoryService inventory, DeviceRows rows, WebProperties properties, TemplateAssignments templates) {
        this.inventory = inventory;
        this.rows = rows;
        this.properties = properties;
        this.templates = templates;
    }

    /** Puts the page of rows that the filter chooses, and the templates a selection can be given, into the model. */
    void fill(DeviceFilter filter, Model model) {
        Page<Device> page = inventory.list(filter.query(properties.pageSize()));
        List<DeviceRow> shown = rows.of(page.items());
        model.addAttribute("page", page);
        model.addAttribute("rows", shown);
        model.addAttribute("templateNames", templates.names());
        model.addAttribute("liveUrl", "/live/devices?ids=" + String.join(",", DeviceRows.ids(shown)));
    }

    /** The ids a form sent, cleaned; at least one when {@code required}, never more than {@link #MAX_SELECTION}. */
    static List<String> selection(List<String> ids, boolean required) {
        List<String> clean = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (required && clean.isEmpty()) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "Select at least one device first.");
        }
        if (clean.size() > MAX_SELECTION) {
            throw new ManagerException(ErrorCode.REQUEST_INVALID, "At most " + MAX_SELECTION + " devices at once.");
        }
        return clean;
    }

    /** The selected devices; every id must exist. */
    List<Device> devices(List<String> ids) {
        return selection(ids, true).stream().map(inventory::get).toList();
    }
}
