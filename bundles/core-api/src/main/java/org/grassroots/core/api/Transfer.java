package org.grassroots.core.api;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a member's organizational history (组织关系转接). */
public record Transfer(long id, long memberId, long fromOrganizationId, long toOrganizationId,
                       LocalDate transferredOn, String reason, String recordedBy, Instant recordedAt) {
}
