package org.shellymanager.manager.exchange;

import java.util.List;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads back a JSON or YAML document an export wrote without holding the whole of it as a tree. The one long list
 * in it, found by a path of member names from the root, is handed over an item at a time: an array's elements
 * (without a name) or an object's members (with theirs). The rest of the document comes back as a tree in which
 * that list is left empty, of the same kind (array or object). Every token is parsed, so a syntax error anywhere
 * fails the check as it would with a tree.
 */
public final class StreamedDocument {

    private StreamedDocument() {
    }

    /**
     * @param mapper {@link Parsers#JSON} or {@link Parsers#YAML}
     * @param path   member names from the root to the list; empty when the root is the list
     * @param item   called with each item's name (null for an array element) and value
     * @return the document without the list's items
     * @throws ExportCheckException when the file does not parse, or when {@code item} refuses an item
     */
    public static JsonNode read(ObjectMapper mapper, ExportFile file, List<String> path, BiConsumer<String, JsonNode> item) {
        ObjectReader trees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = trees.createParser(file.content())) {
            if (parser.nextToken() == null) {
                throw new ExportCheckException(file.path() + " is empty");
            }
            JsonNode rest = node(trees, parser, path, item);
            if (parser.nextToken() != null) {
                throw new ExportCheckException(file.path() + " holds more than one document");
            }
            return rest;
        } catch (JacksonException e) {
            throw new ExportCheckException(file.path() + " is not valid " + mapper.tokenStreamFactory().getFormatName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode node(ObjectReader trees, JsonParser parser, List<String> path, BiConsumer<String, JsonNode> item) {
        JsonToken token = parser.currentToken();
        if (path.isEmpty() && token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                item.accept(null, trees.readTree(parser));
            }
            return JsonNodeFactory.instance.arrayNode();
        }
        if (token != JsonToken.START_OBJECT) {
            return trees.readTree(parser);
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            if (path.isEmpty()) {
                item.accept(name, trees.readTree(parser));
            } else {
                object.set(name, name.equals(path.getFirst()) ? node(trees, parser, path.subList(1, path.size()), item)
                        : trees.readTree(parser));
            }
        }
        return object;
    }
}
