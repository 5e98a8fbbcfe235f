package org.shellymanager.manager.security;

import java.time.Instant;

/** Filters on the audit log; each null filter matches everything. {@code action} matches a part of the action. */
public record AuditQuery(String actor, String action, AuditEvent.Result result, Instant from, Instant to) {
}
