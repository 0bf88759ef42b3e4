package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A contact point to assign or change: the unit, the leader (a member), the period. */
public record ContactPointDraft(Long organizationId, Long leaderMemberId, String leaderTitle, LocalDate startsOn, LocalDate endsOn,
                                String note) {
}
