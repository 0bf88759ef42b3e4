package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A district-level direct contact point with its contact records counted. */
public record ContactPoint(long id, long organizationId, String organizationName, long leaderMemberId, String leaderName,
                           String leaderTitle, LocalDate startsOn, LocalDate endsOn, String note, boolean active,
                           long records, LocalDate lastContactOn, long version) {
}
