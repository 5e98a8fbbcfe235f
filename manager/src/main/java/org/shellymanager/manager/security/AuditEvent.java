package org.shellymanager.manager.security;

import java.time.Instant;

/**
 * One change to the fleet or the settings: who did what, when, from where, and how it ended.
 *
 * @param via     how the actor authenticated ({@code SYSTEM} for the manager's own schedules)
 * @param action  the operation, such as {@code PATCH /api/v1/devices/{id}} or {@code discovery.scheduled}
 * @param target  what it was done to (the request path, or a name), or null
 * @param address the client's address, or null for the manager itself
 * @param status  the HTTP status of the answer (0 for changes not made over HTTP)
 */
public record AuditEvent(String id, Instant at, String actor, Caller.Via via, String action, String target,
                         String address, Result result, int status) {

    /** How a change ended. */
    public enum Result { SUCCEEDED, REFUSED, FAILED }

    public AuditEvent {
        if (id == null || at == null || actor == null || via == null || action == null || result == null) {
            throw new IllegalArgumentException("an audit event needs id, time, actor, via, action and result");
        }
    }

    static Result resultOf(int status) {
        if (status < 400) {
            return Result.SUCCEEDED;
        }
        return status == 401 || status == 403 || status == 429 ? Result.REFUSED : Result.FAILED;
    }
}
