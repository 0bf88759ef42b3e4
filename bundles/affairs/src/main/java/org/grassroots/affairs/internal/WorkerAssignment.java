package org.grassroots.affairs.internal;

import java.time.Instant;

/** A 党建指导员 or 党建专员 assigned to a Party organization. */
public record WorkerAssignment(long id, long memberId, String memberName, WorkerRole role, long organizationId,
                               String organizationName, String assignedBy, Instant assignedAt) {
}
