package org.shellymanager.manager.platform;

import java.util.Map;

/** A failure the API reports to the user: a catalogued code and a detail that says what to do. */
public class ManagerException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> properties;

    public ManagerException(ErrorCode code, String detail) {
        this(code, detail, Map.of());
    }

    /** With extra members for the problem document, such as the id of a conflicting resource. */
    public ManagerException(ErrorCode code, String detail, Map<String, Object> properties) {
        super(detail);
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
