package org.grassroots.membership.internal;

import java.time.LocalDate;

/** A status event to record for a member. */
public record StatusDraft(Long memberId, StatusKind kind, LocalDate decidedOn, String decision) {
}
