package org.shellymanager.manager.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/** Templates by name, and assigning a template to chosen devices by id, for pages that work on a selection. */
@Service
public class TemplateAssignments {

    private final TemplateService templates;

    TemplateAssignments(TemplateService templates) {
        this.templates = templates;
    }

    /** The names of every template, in alphabetical order. */
    public List<String> names() {
        return templates.list().stream().map(Template::name).sorted(Comparator.comparing(String::toLowerCase)).toList();
    }

    /**
     * Adds the devices to the template's assignment (devices it already names stay); nothing is sent to the devices
     * until they are synced.
     *
     * @return the template's name
     * @throws org.shellymanager.manager.platform.ManagerException {@code template.not-found}
     */
    public String assign(String idOrName, List<String> deviceIds) {
        Template template = templates.get(idOrName);
        Assignment old = template.assignTo();
        Set<String> devices = new LinkedHashSet<>(old.devices());
        devices.addAll(deviceIds);
        templates.replace(template.id(), template.name(), template.description(), template.priority(),
                new Assignment(old.tags(), old.models(), old.rooms(), new ArrayList<>(devices)), template.settings());
        return template.name();
    }
}
