package org.shellymanager.manager.exchange;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;

/**
 * JSON that an export writes, straight into UTF-8 bytes and one item at a time: the objects made for one device
 * die as soon as they are written, instead of a fleet's worth of them being held until the whole document is.
 */
public final class JsonOutput {

    private JsonOutput() {
    }

    /** The document {@code body} writes, indented or not, ending with a newline. */
    public static byte[] write(boolean indented, Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator json = (indented ? Parsers.JSON_INDENTED : Parsers.JSON.writer()).createGenerator(out)) {
            body.accept(json);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** An indented array of the items, each turned into what is written for it as its turn comes. */
    public static <T> byte[] array(Collection<T> items, Function<T, Object> written) {
        return write(true, json -> {
            json.writeStartArray();
            items.forEach(item -> json.writePOJO(written.apply(item)));
            json.writeEndArray();
        });
    }
}
