package org.shellymanager.manager.exchange;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Strict parsers of the formats exports are written in, for checking output and reading imports. */
public final class Parsers {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Reads back YAML this server wrote, already held in memory whole: without SnakeYAML's default limit of 3 M code
     * points, which the Ansible inventory of a fleet of 10,000 devices with rooms and tags exceeds.
     */
    public static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).build());
    public static final TomlMapper TOML = TomlMapper.builder().build();

    private Parsers() {
    }

    public static JsonNode json(ExportFile file) {
        try {
            return JSON.readTree(file.content());
        } catch (JacksonException e) {
            throw new ExportCheckException(file.path() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode yaml(ExportFile file) {
        try {
            return YAML.readTree(file.content());
        } catch (JacksonException e) {
            throw new ExportCheckException(file.path() + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode toml(ExportFile file) {
        try {
            return TOML.readTree(file.content());
        } catch (JacksonException e) {
            throw new ExportCheckException(file.path() + " is not valid TOML: " + e.getOriginalMessage(), e);
        }
    }

    /** A well-formed XML document, parsed without DTDs or external entities. */
    public static Document xml(ExportFile file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(file.content()));
        } catch (Exception e) {
            throw new ExportCheckException(file.path() + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Fails the check with a message about the file when the condition does not hold. */
    public static void require(boolean condition, ExportFile file, String what) {
        if (!condition) {
            throw new ExportCheckException(file.path() + ": " + what);
        }
    }
}
