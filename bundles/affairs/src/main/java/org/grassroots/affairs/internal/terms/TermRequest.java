package org.grassroots.affairs.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request for an early or delayed election, its decision, and the steps still allowed. */
public record TermRequest(long id, long organizationId, String organizationName, long termId, RequestKind kind,
                          LocalDate plannedOn, String reason, RequestStatus status, String decisionNote, String requestedBy,
                          Instant requestedAt, String decidedBy, Instant decidedAt, List<RequestAction> allowedActions,
                          long version) {
}
