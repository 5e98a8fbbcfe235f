package org.shellymanager.manager.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.JdbcSettingStore;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Templates, the fleet defaults and per-device overrides: the layers of every device's desired state. */
@Service
public class TemplateService {

    private static final Logger log = LoggerFactory.getLogger(TemplateService.class);
    private static final String DEFAULTS = "config.fleet-defaults";

    private final JdbcTemplateStore templates;
    private final JdbcOverrideStore overrides;
    private final JdbcSettingStore settings;
    private final JsonMapper json;
    private final Clock clock;

    TemplateService(JdbcTemplateStore templates, JdbcOverrideStore overrides, JdbcSettingStore settings, JsonMapper json,
                    Clock clock) {
        this.templates = templates;
        this.overrides = overrides;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    List<Template> list() {
        return templates.list();
    }

    /** @throws ManagerException {@code template.not-found} */
    Template get(String idOrName) {
        return templates.find(idOrName).orElseThrow(() -> new ManagerException(ErrorCode.TEMPLATE_NOT_FOUND,
                "No template with id or name '" + idOrName + "'; list them with GET /api/v1/config/templates."));
    }

    @Transactional
    Template create(String name, String description, int priority, Assignment assignTo, TemplateSettings values) {
        refuseDuplicate(name, null);
        Template template = new Template(UUID.randomUUID().toString(), name.strip(), description, priority, assignTo,
                values, clock.instant());
        templates.insert(template);
        log.info("template {} created", template.name());
        return template;
    }

    @Transactional
    Template replace(String idOrName, String name, String description, int priority, Assignment assignTo,
                     TemplateSettings values) {
        Template old = get(idOrName);
        refuseDuplicate(name, old.id());
        Template template = new Template(old.id(), name.strip(), description, priority, assignTo, values, clock.instant());
        templates.update(template);
        log.info("template {} changed", template.name());
        return template;
    }

    void delete(String idOrName) {
        Template template = get(idOrName);
        templates.delete(template.id());
        log.info("template {} deleted", template.name());
    }

    private void refuseDuplicate(String name, String exceptId) {
        templates.find(name.strip()).filter(t -> !t.id().equals(exceptId)).ifPresent(t -> {
            throw new ManagerException(ErrorCode.TEMPLATE_DUPLICATE, "A template named '" + t.name()
                    + "' exists already; choose another name or edit that one.", Map.of("templateId", t.id()));
        });
    }

    TemplateSettings defaults() {
        return settings.find(DEFAULTS).map(text -> TemplateSettings.parse(json.readTree(text))).orElse(TemplateSettings.EMPTY);
    }

    void setDefaults(TemplateSettings values) {
        settings.put(DEFAULTS, values.toJson().toString());
        log.info("fleet default settings changed ({} values)", values.values().size());
    }

    DeviceOverrides overrides(String deviceId) {
        return overrides.find(deviceId).orElse(DeviceOverrides.NONE);
    }

    void setOverrides(String deviceId, DeviceOverrides values) {
        overrides.put(deviceId, values, clock.instant());
        log.info("device {} overrides changed", deviceId);
    }
}
