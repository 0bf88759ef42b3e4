package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One post of a community's "两委" team and who held it when; {@code replacesId}: the predecessor's post. */
public record TeamMember(long id, long communityId, String communityName, long memberId, String memberName, TeamPost post,
                         LocalDate termStart, LocalDate termEnd, String endReason, Long replacesId, Instant startedAt,
                         String startedBy, Instant endedAt, String endedBy, long version) {
}
