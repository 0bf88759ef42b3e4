package org.grassroots.affairs.internal.assessment;

import java.time.LocalDate;

/** A line of a period's ranking: sessions by their judges' average score, equal averages sharing a rank. */
public record RankedSession(int rank, long sessionId, long organizationId, String organizationName, long presenterId, String presenterName,
                            String topic, LocalDate heldOn, int judges, double average) {
}
