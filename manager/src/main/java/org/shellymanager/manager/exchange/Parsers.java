package org.shellymanager.manager.exchange;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
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
    /** Writes JSON indented, as exports for people to read are. */
    public static final ObjectWriter JSON_INDENTED = JSON.writer().with(SerializationFeature.INDENT_OUTPUT);

    private Parsers() {
    }

    public static JsonNode toml(ExportFile file) {
        try {
            return TOML.readTree(file.content());
        } catch (JacksonException e) {
            throw new ExportCheckException(file.path() + " is not valid TOML: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A reader of the file's XML events, without DTDs or external entities; the caller closes it.
     *
     * @throws ExportCheckException when the reader cannot start on it
     */
    public static XMLStreamReader xml(ExportFile file) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return factory.createXMLStreamReader(new ByteArrayInputStream(file.content()));
        } catch (XMLStreamException e) {
            throw notXml(file, e);
        }
    }

    /** The check's failure for a file that is not well-formed XML. */
    public static ExportCheckException notXml(ExportFile file, XMLStreamException e) {
        return new ExportCheckException(file.path() + " is not well-formed XML: " + e.getMessage(), e);
    }

    /** Fails the check with a message about the file when the condition does not hold. */
    public static void require(boolean condition, ExportFile file, String what) {
        if (!condition) {
            throw new ExportCheckException(file.path() + ": " + what);
        }
    }
}
