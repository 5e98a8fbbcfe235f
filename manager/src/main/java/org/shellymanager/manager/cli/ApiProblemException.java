package org.shellymanager.manager.cli;

/**
 * The server answered with an error, as an RFC 9457 problem document or, from something that is not the Shelly
 * Manager API, as a bare HTTP status.
 *
 * @param code the stable error code from the problem's {@code code} member, or null when the answer had none
 */
final class ApiProblemException extends RuntimeException {

    private final int status;
    private final String code;

    ApiProblemException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** One line for the user: what went wrong, then the code and status to look up or report. */
    String oneLine() {
        String where = code == null ? "HTTP " + status : code + ", HTTP " + status;
        return getMessage().replaceAll("\\s*\\R\\s*", " ") + " [" + where + "]";
    }
}
