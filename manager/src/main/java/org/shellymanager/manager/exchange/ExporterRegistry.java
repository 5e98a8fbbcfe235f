package org.shellymanager.manager.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The exporters on the class path, the built-in ones and any a third party dropped in, by name. */
@Component
class ExporterRegistry {

    private static final Logger log = LoggerFactory.getLogger(ExporterRegistry.class);

    private final Map<String, Exporter> exporters = new TreeMap<>();

    ExporterRegistry() {
        for (Exporter exporter : ServiceLoader.load(Exporter.class, ExporterRegistry.class.getClassLoader())) {
            if (!exporter.name().matches("[a-z0-9][a-z0-9-]{0,63}") || exporter.formats().isEmpty()) {
                log.warn("exporter {} ignored: its name must be lowercase letters, digits and dashes, and it needs a format",
                        exporter.getClass().getName());
            } else if (exporters.putIfAbsent(exporter.name(), exporter) != null) {
                log.warn("exporter {} ignored: the name {} is taken by {}", exporter.getClass().getName(), exporter.name(),
                        exporters.get(exporter.name()).getClass().getName());
            }
        }
        log.info("{} exporters: {}", exporters.size(), exporters.keySet());
    }

    Collection<Exporter> all() {
        return exporters.values();
    }

    /** @throws ManagerException {@code export.unknown-exporter} */
    Exporter get(String name) {
        Exporter exporter = exporters.get(name);
        if (exporter == null) {
            throw new ManagerException(ErrorCode.EXPORT_UNKNOWN, "No exporter named '" + name + "'; there are "
                    + exporters.keySet() + ".");
        }
        return exporter;
    }
}
