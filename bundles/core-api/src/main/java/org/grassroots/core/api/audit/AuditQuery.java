package org.grassroots.core.api.audit;

import java.time.Instant;

/** Filters of an audit search; {@code null} fields do not filter. {@code from} inclusive, {@code to} exclusive. */
public record AuditQuery(String entityType, Long entityId, String actor, Instant from, Instant to) {
}
