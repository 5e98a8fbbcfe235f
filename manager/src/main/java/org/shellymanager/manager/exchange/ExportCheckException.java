package org.shellymanager.manager.exchange;

/** An exported file that does not parse back with a parser of its format, or does not hold what it should. */
public class ExportCheckException extends RuntimeException {

    public ExportCheckException(String message) {
        super(message);
    }

    public ExportCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
