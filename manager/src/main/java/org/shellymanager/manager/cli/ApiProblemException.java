package org.shellymanager.manager.cli;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The server answered with an error, as an RFC 9457 problem document or, from something that is not the Shelly
 * Manager API, as a bare HTTP status.
 *
 * @param code the stable error code from the problem's {@code code} member, or null when the answer had none
 */
final class ApiProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<String> errors;

    ApiProblemException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    ApiProblemException(int status, String code, String message, List<String> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** The problem's {@code errors} member as lines: texts as they are, field errors as {@code field message}. */
    static List<String> errors(JsonNode errors) {
        List<String> lines = new ArrayList<>();
        errors.forEach(error -> lines.add(error.isString() ? error.stringValue()
                : error.path("field").asString("") + " " + error.path("message").asString("")));
        return lines;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The problems the server listed one by one, such as each bad line of an imported file. */
    List<String> errors() {
        return errors;
    }

    /** One line for the user: what went wrong, then the code and status to look up or report. */
    String oneLine() {
        String where = code == null ? "HTTP " + status : code + ", HTTP " + status;
        return getMessage().replaceAll("\\s*\\R\\s*", " ") + " [" + where + "]";
    }
}
